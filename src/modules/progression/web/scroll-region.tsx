import type { ReactNode } from 'react';

/** A wide table that scrolls sideways on a phone, reachable and named for keyboard and screen reader. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ overflowX: 'auto', position: 'relative', width: '100%', minWidth: 0 }}
    >
      {children}
    </div>
  );
}
