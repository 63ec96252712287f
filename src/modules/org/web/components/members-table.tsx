import { Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../../web/i18n';
import { RemoveButton } from '../../../../web/components/remove-button';

/**
 * The members of a unit or a team as a table, with a remove button on each row for those who
 * manage them. On a phone the table is wider than the screen: focusable, so it scrolls by keyboard.
 */
export function MembersTable<M>({
  label,
  minWidth,
  maw,
  columns,
  members,
  rowKey,
  cells,
  remove,
}: {
  /** The table's name for a screen reader. */
  label: string;
  minWidth: number;
  maw?: number;
  columns: string[];
  members: M[];
  rowKey: (member: M) => string;
  cells: (member: M) => ReactNode[];
  remove?: { label: (member: M) => string; onClick: (member: M) => void } | undefined;
}) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={minWidth} maw={maw} tabIndex={0} role="region" aria-label={label}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
            {remove && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('org.unit.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={rowKey(m)}>
              {cells(m).map((cell, i) => (
                <Table.Td key={i}>{cell}</Table.Td>
              ))}
              {remove && (
                <Table.Td ta="right">
                  <RemoveButton label={remove.label(m)} onClick={() => remove.onClick(m)} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
