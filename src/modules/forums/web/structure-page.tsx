import { Anchor, Box, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useI18n } from '../../../web/i18n';
import { get } from '../../../web/lib/api';
import { LoadError, Loading } from '../../../web/components/states';
import { FORUM_LEVELS } from '../constants';
import type { Forum, ForumListAnswer } from '../answers';
import { forumKeys } from './api';
import { describeCadence, describeDuration } from './rhythm';

// On paper only the table shows, landscape, every cell whole: no menu, no buttons, no scrolling box.
const printCss = `
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-AppShell-footer, .skip-link, .structure-no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  .structure-print { font-size: 9pt; color: #000; }
  .structure-print .structure-scroll { overflow: visible !important; }
  .structure-print table { min-width: 0 !important; width: 100%; }
  .structure-print th, .structure-print td { border: 1px solid #444 !important; vertical-align: top; }
  .structure-print tr { break-inside: avoid; }
  @page { size: landscape; margin: 12mm; }
}`;

const COLUMNS = ['purpose', 'form', 'cadence', 'duration', 'participants', 'content', 'data'] as const;

/** /forums/structure/$unitId: the unit's forums as 003's table, level by level, printable. */
export function StructurePage({ unitId }: { unitId: string }) {
  const { t, formatDate } = useI18n();
  const query = useQuery({
    queryKey: [...forumKeys.list, unitId],
    queryFn: () => get<ForumListAnswer>(`/forums?unitId=${encodeURIComponent(unitId)}`),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const forums = query.data.forums;
  const unitName = forums[0]?.unitName;
  const cell = (f: Forum, column: (typeof COLUMNS)[number]) => {
    if (column === 'cadence') {
      const rhythm = describeCadence(t, f);
      const next = f.nextMeetings[0];
      return rhythm && next ? `${rhythm}\n${t('forumStructure.fields.next')}: ${formatDate(next)}` : rhythm;
    }
    if (column === 'duration') return describeDuration(t, f.durationMinutes);
    return f[column];
  };
  return (
    <Stack gap="md" className="structure-print" style={{ minWidth: 0 }}>
      <style>{printCss}</style>
      <Group justify="space-between" className="structure-no-print">
        <Anchor component={Link} to="/forums" size="sm">
          ← {t('forumStructure.table.back')}
        </Anchor>
        <Group gap="sm">
          <Anchor component={Link} to={`/year-wheel/${unitId}`} size="sm">
            {t('forumStructure.table.yearWheel')}
          </Anchor>
          <Button onClick={() => window.print()}>{t('forumStructure.table.print')}</Button>
        </Group>
      </Group>
      <Title order={2}>
        {unitName
          ? t('forumStructure.table.title', { unit: unitName })
          : t('forumStructure.table.titleNoUnit')}
      </Title>
      <Text c="gray.7" className="structure-no-print">
        {t('forumStructure.table.intro')}
      </Text>
      <Box
        className="structure-scroll"
        style={{ overflowX: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label={t('forumStructure.table.caption')}
      >
        <Table withTableBorder withColumnBorders miw={960} verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('forumStructure.table.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('forumStructure.table.level')}</Table.Th>
              <Table.Th scope="col">{t('forumStructure.table.forum')}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c} scope="col">
                  {t(`forums.fields.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {FORUM_LEVELS.map((level) => {
              const inLevel = forums.filter((f) => f.level === level);
              const levelCell = (
                <Table.Th
                  scope="rowgroup"
                  rowSpan={Math.max(1, inLevel.length)}
                  style={{ verticalAlign: 'top' }}
                >
                  {t(`forums.levels.${level}`)}
                </Table.Th>
              );
              if (inLevel.length === 0)
                return (
                  <Table.Tr key={level}>
                    {levelCell}
                    <Table.Td colSpan={COLUMNS.length + 1}>
                      <Text size="sm" c="gray.7">
                        {t('forumStructure.table.empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              return (
                <Fragment key={level}>
                  {inLevel.map((f, i) => (
                    <Table.Tr key={f.id}>
                      {i === 0 && levelCell}
                      <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>
                        <Anchor component={Link} to={`/forums/${f.id}`} size="sm" fw={600}>
                          {f.name}
                        </Anchor>
                      </Table.Th>
                      {COLUMNS.map((c) => (
                        <Table.Td key={c} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                          <Text size="sm">{cell(f, c) ?? t('forumStructure.table.notSet')}</Text>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Box>
    </Stack>
  );
}
