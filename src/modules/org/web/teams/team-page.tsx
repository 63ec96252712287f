import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import { del } from '../../../../web/lib/api';
import { orgKeys, refreshOrg, useTeam } from '../api';
import { ConfirmModal } from '../../../../web/components/confirm-modal';
import { notifySuccess } from '../../../../web/components/notify';
import { PageHeader, Section } from '../../../../web/components/page-header';
import { LoadError, Loading } from '../../../../web/components/states';
import { EditTeamModal } from './team-form-modals';
import { TeamMembers } from './team-members';

/** One team: what it is for, where it belongs and who is on it. */
export function TeamPage({ teamId }: { teamId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const query = useTeam(teamId);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const remove = useMutation({
    mutationFn: () => del(`/teams/${teamId}`),
    onSuccess: async () => {
      notifySuccess(t('org.teams.deleted', { name: query.data?.team.name ?? '' }));
      setDialog(null);
      await navigate({ to: '/teams' });
      queryClient.removeQueries({ queryKey: orgKeys.team(teamId) });
      await refreshOrg(queryClient);
    },
  });

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { team, can } = query.data;

  return (
    <Stack gap="lg">
      <PageHeader
        title={team.name}
        crumbsLabel={t('org.breadcrumbs')}
        crumbs={[{ label: t('org.team.backToTeams'), to: '/teams' }]}
        actions={
          <>
            {can.seeDevelopment && (
              <Button component={Link} to={`/team-development/${teamId}`} variant="default">
                {t('teamsDev.link')}
              </Button>
            )}
            {can.update && (
              <Button variant="default" onClick={() => setDialog('edit')}>
                {t('common.actions.edit')}
              </Button>
            )}
            {can.delete && (
              <Button variant="default" color="red.9" onClick={() => setDialog('delete')}>
                {t('common.actions.delete')}
              </Button>
            )}
          </>
        }
      >
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t(`common.teamKinds.${team.kind}`)}
          </Badge>
          <Text size="sm">
            {team.unitId && team.unitName ? (
              <Anchor component={Link} to={`/units/${team.unitId}`}>
                {team.unitName}
              </Anchor>
            ) : (
              t('org.teams.crossUnit')
            )}
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }} c={team.description ? undefined : 'gray.7'} maw={720}>
          {team.description || t('org.team.noDescription')}
        </Text>
      </PageHeader>

      <Section title={t('org.team.members')} id="team-members">
        <TeamMembers detail={query.data} />
      </Section>

      {can.update && <EditTeamModal team={team} opened={dialog === 'edit'} onClose={() => setDialog(null)} />}
      <ConfirmModal
        opened={dialog === 'delete'}
        onClose={() => {
          remove.reset();
          setDialog(null);
        }}
        title={t('org.teams.deleteTitle', { name: team.name })}
        confirmLabel={t('common.actions.delete')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
      >
        {t('org.teams.deleteText', { name: team.name })}
      </ConfirmModal>
    </Stack>
  );
}
