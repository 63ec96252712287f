import { Stack, Table, Text } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { BoardAnswer } from '../answers';
import { HoldersSummary, LicenceCell, type OnAssign } from './board-parts';
import { InitiativeLink } from './initiative-licences';

/** The board as the wall's table (and the printed poster): people × tasks, the holders beneath. */
export function BoardTable({ board, onAssign }: { board: BoardAnswer; onAssign: OnAssign }) {
  const { t } = useI18n();
  return (
    // Many tasks may still be wider than a tablet; the region takes focus so the keyboard can scroll it.
    <div
      role="region"
      aria-label={t('licences.board.caption')}
      tabIndex={0}
      className="licence-board-scroll"
      style={{ overflowX: 'auto' }}
    >
      <Table withTableBorder withColumnBorders miw={600}>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{t('licences.board.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('licences.board.person')}</Table.Th>
            {board.definitions.map((d) => (
              <Table.Th key={d.id} scope="col">
                <Stack gap={2}>
                  <span>{d.task}</span>
                  <InitiativeLink initiative={d.initiative} size="xs" />
                  {d.requiredLevel && (
                    <Text size="xs" fw={400}>
                      {t('licences.page.required', { level: d.requiredLevel })}
                    </Text>
                  )}
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.people.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row">{p.name}</Table.Th>
              {p.cells.map((c, i) => (
                <Table.Td key={c.definitionId}>
                  <LicenceCell cell={c} person={p} definition={board.definitions[i]!} onAssign={onAssign} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('licences.board.enough')}</Table.Th>
            {board.definitions.map((d) => (
              <Table.Td key={d.id}>
                <HoldersSummary definition={d} />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </div>
  );
}
