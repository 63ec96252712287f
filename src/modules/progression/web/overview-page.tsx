import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import { useOverview } from './api';
import { OverviewTable } from './overview-table';

// On paper only the overview shows: the app's header, menu and footer and the buttons go.
const printCss = `
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-AppShell-footer, .skip-link, .progression-no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  .progression-print { font-size: 10pt; color: #000; }
  .progression-print * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  @page { size: landscape; margin: 14mm; }
}`;

/** /progression/overview/$unitId: red / yellow / green per area and quarter, printable for a learning conference. */
export function OverviewPage() {
  const { t, formatDate } = useI18n();
  const { unitId } = useParams({ strict: false }) as { unitId: string };
  const query = useOverview(unitId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const overview = query.data;
  return (
    <Stack gap="md" className="progression-print" style={{ minWidth: 0 }}>
      <style>{printCss}</style>
      <Group justify="space-between" className="progression-no-print">
        <Anchor component={Link} to="/progression" size="sm">
          ← {t('progression.course.back')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('progression.overview.print')}</Button>
      </Group>
      <Title order={2}>{t('progression.overview.title', { name: overview.unit.name })}</Title>
      <Text c="gray.7">{t('progression.overview.intro')}</Text>
      <Text size="sm">
        {t('progression.overview.courses', { count: overview.courses })} ·{' '}
        {t('progression.overview.printed', { date: formatDate(new Date()) })}
      </Text>
      <OverviewTable overview={overview} />
    </Stack>
  );
}
