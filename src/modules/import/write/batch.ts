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

type ColumnType = 'text' | 'uuid' | 'bool' | 'int';

/** One column of a batch as a single array parameter, e.g. `array(names, 'text')`. */
export function array(values: unknown[], type: ColumnType): SQL {
  return sql`${sql.param(values)}::${sql.raw(type)}[]`;
}

/**
 * A batch as the arguments of `unnest(...)`: one array parameter a column, each picked from every
 * row, in the order given, e.g. `unnest(${columns(batch, ['text', (p) => p.name])})`.
 */
export function columns<T>(rows: T[], ...pick: Array<[ColumnType, (row: T) => unknown]>): SQL {
  return sql.join(
    pick.map(([type, value]) => array(rows.map(value), type)),
    sql`, `,
  );
}

/** The rows of `db.execute`, which both drivers return under `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Reports work done so far, as a count of steps out of `steps`. */
export type Progress = (done: number, steps: number) => Promise<void>;
