import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../src/server/db/client.js';
import { withRawTransaction, type RawQuery } from './engines.js';

// PostgreSQL allows 65,535 bind parameters per statement; stay well below it.
const MAX_PARAMS = 60_000;
const MAX_ROWS = 5_000;
// Rows held in memory before they are written: a year of activity for 50,000 people is millions
// of rows, too many to build first and write afterwards.
const FLUSH_ROWS = 20_000;

/** A table and the columns its rows give, by their Drizzle keys. */
export interface TableSpec {
  table: PgTable;
  keys: readonly string[];
}

/** The type checker holds the keys to the table's columns. */
export const spec = <T extends PgTable>(
  table: T,
  keys: readonly (keyof T['$inferInsert'] & string)[],
): TableSpec => ({
  table,
  keys,
});

export interface TableTiming {
  table: string;
  rows: number;
  /** Time spent in the INSERT statements of this table alone. */
  ms: number;
}

/**
 * Writes rows of several tables in one transaction, parents before children: rows are buffered
 * per table and flushed in the order the specs are given, so a child row never reaches the
 * database before its parent. Each row is an array in the order of its spec's keys; objects
 * (JSON documents) must be passed already serialised.
 */
export async function writeTables(
  database: Database,
  specs: readonly TableSpec[],
  produce: (
    emit: (spec: TableSpec, row: unknown[]) => void,
    flushIfFull: () => Promise<void>,
  ) => Promise<void>,
): Promise<TableTiming[]> {
  const buffers = new Map<TableSpec, unknown[][]>(specs.map((s) => [s, []]));
  const timings = new Map<TableSpec, TableTiming>(
    specs.map((s) => [s, { table: getTableName(s.table), rows: 0, ms: 0 }]),
  );
  let buffered = 0;
  await withRawTransaction(database, async (query) => {
    const flush = async () => {
      for (const s of specs) {
        const rows = buffers.get(s)!;
        if (rows.length === 0) continue;
        const t0 = performance.now();
        await insertRows(query, s, rows);
        const timing = timings.get(s)!;
        timing.ms += performance.now() - t0;
        timing.rows += rows.length;
        buffers.set(s, []);
      }
      buffered = 0;
    };
    const emit = (s: TableSpec, row: unknown[]) => {
      const rows = buffers.get(s);
      if (!rows) throw new Error(`table ${getTableName(s.table)} is not part of this write`);
      rows.push(row);
      buffered++;
    };
    await produce(emit, async () => {
      if (buffered >= FLUSH_ROWS) await flush();
    });
    await flush();
  });
  return specs.map((s) => timings.get(s)!);
}

async function insertRows(query: RawQuery, s: TableSpec, rows: unknown[][]) {
  const columns = getTableColumns(s.table);
  const names = s.keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const batch = Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / s.keys.length));
  for (let i = 0; i < rows.length; i += batch) {
    const params: unknown[] = [];
    const tuples = rows.slice(i, i + batch).map((row) => {
      if (row.length !== s.keys.length)
        throw new Error(`row of ${getTableName(s.table)} has ${row.length} values`);
      return `(${row.map((v) => `$${params.push(v)}`).join(', ')})`;
    });
    await query(`insert into "${getTableName(s.table)}" (${names}) values ${tuples.join(', ')}`, params);
  }
}
