import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on its own when the screen is narrower than `minWidth`. The
 * scrolling region is focusable and named, so it can be scrolled with the keyboard too.
 */
export function ScrollTable({
  label,
  minWidth,
  children,
  ...props
}: { label: string; minWidth: number; children: ReactNode } & TableProps) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table miw={minWidth} {...props}>
        {children}
      </Table>
    </div>
  );
}
