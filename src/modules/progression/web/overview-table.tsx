import { Group, Stack, Table, Text } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { OverviewAnswer } from '../answers';
import { LEVELS } from '../constants';
import { LEVEL_MARK } from './level-badge';
import { ScrollRegion } from './scroll-region';

const SWATCH = { red: '#c92a2a', yellow: '#e8b100', green: '#2b8a3e' } as const;

/**
 * The red/yellow/green overview as a table: one row per unit and area, one column per quarter.
 * Each cell says its counts in words and shapes; the coloured bar only repeats them.
 */
export function OverviewTable({ overview }: { overview: OverviewAnswer }) {
  const { t } = useI18n();
  if (overview.cells.length === 0) return <Text>{t('progression.overview.empty')}</Text>;
  const several = overview.groups.length > 1;
  // Quarters before the first rating say nothing, and on a phone they filled the screen with
  // dashes while the figures sat out of sight to the right.
  const first = overview.periods.findIndex((p) => overview.cells.some((c) => c.period === p));
  const periods = overview.periods.slice(Math.max(0, first));
  return (
    <Stack gap="xs" style={{ minWidth: 0 }}>
      <ScrollRegion label={t('progression.overview.table')}>
        <Table withTableBorder withColumnBorders className="progression-overview">
          <Table.Thead>
            <Table.Tr>
              {several && <Table.Th scope="col">{t('progression.overview.group')}</Table.Th>}
              <Table.Th scope="col">{t('progression.overview.area')}</Table.Th>
              {periods.map((p) => (
                <Table.Th key={p} scope="col" style={{ whiteSpace: 'nowrap' }}>
                  {p}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.groups.flatMap((g) =>
              overview.areas
                .filter((a) => overview.cells.some((c) => c.unit.id === g.id && c.area === a))
                .map((area) => (
                  <Table.Tr key={`${g.id}-${area}`}>
                    {several && <Table.Td>{g.name}</Table.Td>}
                    <Table.Th scope="row">{area}</Table.Th>
                    {periods.map((p) => {
                      const cell = overview.cells.find(
                        (c) => c.unit.id === g.id && c.area === area && c.period === p,
                      );
                      return (
                        <Table.Td key={p}>
                          {cell ? <Cell counts={cell} /> : t('progression.overview.none')}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                )),
            )}
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

function Cell({ counts }: { counts: { red: number; yellow: number; green: number } }) {
  const { t } = useI18n();
  const total = counts.red + counts.yellow + counts.green;
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
