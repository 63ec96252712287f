import { Table } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

export interface ResultRow {
  key: string;
  /** The row's heading (an index, a question, a round). */
  head: ReactNode;
  /** Questions are long sentences: their heading reads as text, not bold. */
  plainHead?: boolean;
  cells: { content: ReactNode; style?: CSSProperties }[];
}

/**
 * A results table of the survey pages: a heading per row and a column per figure. On a phone it
 * scrolls sideways, so its container is a focusable, named region that scrolls by keyboard.
 */
export function ResultTable({
  label,
  minWidth,
  columns,
  rows,
}: {
  label: string;
  minWidth: number;
  columns: ReactNode[];
  rows: ResultRow[];
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th scope="col" key={i}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" style={row.plainHead ? { fontWeight: 400 } : undefined}>
                {row.head}
              </Table.Th>
              {row.cells.map((cell, i) => (
                <Table.Td key={i} style={cell.style}>
                  {cell.content}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
