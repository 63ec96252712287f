import { Stack } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { PageHeader } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { useTeamChecks } from './api';
import { SafetyPanel } from './safety-panel';

/** /safety/$teamId: the team's psychological-safety checks (team content: the team and its leaders). */
export function SafetyPage({ teamId }: { teamId: string }) {
  const { t } = useI18n();
  const checks = useTeamChecks(teamId);
  if (checks.isPending) return <Loading />;
  if (checks.isError) return <LoadError error={checks.error} onRetry={() => void checks.refetch()} />;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('forums.safety.title', { team: checks.data.team.name })}
        crumbs={[{ label: t('forums.forum.back'), to: '/forums' }]}
        crumbsLabel={t('forums.forum.crumbs')}
      />
      <SafetyPanel checks={checks.data} title={t('forums.safety.sideTitle')} headingId="team-safety" />
    </Stack>
  );
}
