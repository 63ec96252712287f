import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import type { OverviewAnswer, OverviewCounts } from '../answers';
import { LEVELS } from '../constants';
import { LEVEL_MARK } from './level-badge';
import { ScrollRegion } from './scroll-region';

const SWATCH = { red: '#c92a2a', yellow: '#e8b100', green: '#2b8a3e' } as const;

/**
 * The red/yellow/green overview as a table: one row per unit and area, one column per quarter.
 * Each cell says its counts in words and shapes; the coloured bar only repeats them. A leader
 * opens a unit's own overview from its name (the drill-down; the answer holds counts only).
 */
export function OverviewTable({ overview }: { overview: OverviewAnswer }) {
  const { t } = useI18n();
  if (overview.rows.length === 0) return <Text>{t('progression.overview.empty')}</Text>;
  const several = overview.groups.length > 1;
  // Quarters before the first rating say nothing, and on a phone they filled the screen with
  // dashes while the figures sat out of sight to the right.
  const first = overview.periods.findIndex((_, p) => overview.rows.some((r) => r.counts[p]));
  const shown = overview.periods.map((period, p) => ({ period, p })).slice(Math.max(0, first));
  return (
    <Stack gap="xs" style={{ minWidth: 0 }}>
      <ScrollRegion label={t('progression.overview.table')}>
        <Table withTableBorder withColumnBorders className="progression-overview">
          <Table.Thead>
            <Table.Tr>
              {several && <Table.Th scope="col">{t('progression.overview.group')}</Table.Th>}
              <Table.Th scope="col">{t('progression.overview.area')}</Table.Th>
              {shown.map(({ period }) => (
                <Table.Th key={period} scope="col" style={{ whiteSpace: 'nowrap' }}>
                  {period}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.rows.map((row) => {
              const group = overview.groups[row.group]!;
              return (
                <Table.Tr key={`${group.id}-${row.area}`}>
                  {several && (
                    <Table.Td>
                      {/* A group's own units and courses: its overview, opened when asked. */}
                      {overview.can.openGroups && group.id !== overview.unit.id ? (
                        <Anchor component={Link} to={`/progression/overview/${group.id}`}>
                          {group.name}
                        </Anchor>
                      ) : (
                        group.name
                      )}
                    </Table.Td>
                  )}
                  <Table.Th scope="row">{row.area}</Table.Th>
                  {shown.map(({ period, p }) => {
                    const counts = row.counts[p];
                    return (
                      <Table.Td key={period}>
                        {counts ? <Cell counts={counts} /> : t('progression.overview.none')}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Group gap="md" aria-label={t('progression.overview.legend')}>
        {LEVELS.map((l) => (
          <Text key={l} size="sm">
            <span aria-hidden style={{ color: SWATCH[l] }}>
              {LEVEL_MARK[l]}
            </span>{' '}
            {t(`progression.levelMeaning.${l}`)}
          </Text>
        ))}
      </Group>
    </Stack>
  );
}

function Cell({ counts: [red, yellow, green] }: { counts: OverviewCounts }) {
  const { t } = useI18n();
  const counts = { red, yellow, green };
  const total = red + yellow + green;
  return (
    <Stack gap={2}>
      <div
        aria-hidden
        style={{
          display: 'flex',
          height: 8,
          width: '100%',
          minWidth: 60,
          borderRadius: 2,
          overflow: 'hidden',
        }}
      >
        {LEVELS.map((l) =>
          counts[l] ? (
            <div key={l} style={{ width: `${(counts[l] / total) * 100}%`, background: SWATCH[l] }} />
          ) : null,
        )}
      </div>
      <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
        {LEVELS.map((l) => `${LEVEL_MARK[l]} ${counts[l]}`).join('  ')}
        <span
          className="visually-hidden"
          style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
        >
          {' '}
          {t('progression.overview.cell', counts)}
        </span>
      </Text>
    </Stack>
  );
}
