import { sql, type SQL } from 'drizzle-orm';

/**
 * Rows per statement. Each statement passes its columns as arrays and unnests them, so a batch is
 * one round trip with a handful of parameters however many rows it has.
 */
export const BATCH_SIZE = 1000;

export function chunks<T>(items: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One column of a batch as a single array parameter, e.g. `array(names, 'text')`. */
export function array(values: unknown[], type: 'text' | 'uuid' | 'bool' | 'int'): SQL {
  return sql`${sql.param(values)}::${sql.raw(type)}[]`;
}

/** The rows of `db.execute`, which both drivers return under `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Reports work done so far, as a count of steps out of `steps`. */
export type Progress = (done: number, steps: number) => Promise<void>;
