/** Rows per statement: large enough to avoid a round trip per row, small enough for PostgreSQL's 65,535 parameters. */
export const BATCH_SIZE = 1000;

export function chunks<T>(items: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reports work done so far, as a count of steps out of `steps`. */
export type Progress = (done: number, steps: number) => Promise<void>;
