import type { Db } from './client.js';
import type { WatchedTable } from './data-versions-schema.js';
import { preparedStatement } from './prepared.js';

/*
 * Answers kept in the process between writes, for pages that sum many rows the same way for every
 * reader (a unit's survey results, an area's progression overview). The key of a kept answer holds
 * the counters of the tables it was read from (data-versions-schema.ts), read before the answer is
 * made: a write committed after that read makes a new key, never an old key with new data. Only
 * what is the same for every reader is kept; who may see it is decided on every request, before.
 */

/**
 * The organisation's counters of `topics` (an SQL text[] expression) as one text value, '' before
 * any: a scalar subquery, so a page can read its counters in a statement it runs anyway.
 */
export const dataVersionsText = (org: string, topics: string) =>
  `(select coalesce(string_agg(topic || '@' || epoch || '.' || version, ',' order by topic), '')
    from data_versions where org_id = ${org} and topic = any(${topics}))`;

/** `tables` as an SQL text[] literal (their names are fixed identifiers, WATCHED_TABLES). */
const topicsLiteral = (tables: readonly WatchedTable[]) =>
  `array[${tables.map((t) => `'${t}'`).join(', ')}]::text[]`;

/** The counters of fixed `tables` (as `keptAnswers(tables, …).versionsText`), for a statement written before its kept answer. */
export const tablesVersionsText = (org: string, tables: readonly WatchedTable[]) =>
  dataVersionsText(org, topicsLiteral(tables));

const versionsStatement = preparedStatement<{ key: string }>(
  'data_versions_key',
  `select ${dataVersionsText('$1::uuid', '$2::text[]')} as key`,
);

/** The organisation's counters of `tables` now, as one text: equal texts, equal tables. */
export async function dataVersionKey(
  db: Db,
  orgId: string,
  tables: readonly WatchedTable[],
): Promise<string> {
  const [row] = await versionsStatement(db, [orgId, tables]);
  return row?.key ?? '';
}

/**
 * Whether `db` is a transaction. One may have raised a counter it can still roll back: a key read
 * there could later be reached again by other data, so nothing read there is kept. Drizzle's
 * transactions have `rollback`; the pool does not.
 */
export const inTransaction = (db: Db) => 'rollback' in db;

export interface KeptAnswers<Args extends readonly unknown[], T> {
  /** The answer for `args` on the organisation's data as it is now: kept, or made and kept. */
  (db: Db, orgId: string, ...args: Args): Promise<T>;
  /**
   * The same with the counters already read by the caller, with `versionsText` in a statement it
   * runs anyway, before anything the answer is made from.
   */
  on(versions: string, db: Db, orgId: string, ...args: Args): Promise<T>;
  /** The SQL text of this answer's counters for `org` (an SQL expression), read as `versions` for `on`. */
  versionsText(org: string): string;
  /** How many answers are kept (for tests). */
  readonly size: number;
}

/**
 * Keeps up to `limit` answers of `make`, one per organisation and `args` (as JSON), each with the
 * counters of `tables` it was made on. Requests that meet while an answer is made wait for that one answer; a
 * failure is not kept. Inside a transaction nothing is kept or read from what is kept.
 */
export function keptAnswers<Args extends readonly unknown[], T>(
  tables: readonly WatchedTable[],
  limit: number,
  make: (db: Db, orgId: string, ...args: Args) => Promise<T>,
): KeptAnswers<Args, T> {
  // One entry per organisation and arguments: an answer made on newer counters replaces the older.
  const kept = new Map<string, { versions: string; answer: Promise<T> }>();
  const on = (versions: string, db: Db, orgId: string, ...args: Args): Promise<T> => {
    if (inTransaction(db)) return make(db, orgId, ...args);
    const key = `${orgId}|${JSON.stringify(args)}`;
    const found = kept.get(key);
    // Most recently used last, so the first is the one to go when the limit is reached.
    kept.delete(key);
    if (found?.versions === versions) {
      kept.set(key, found);
      return found.answer;
    }
    const answer = make(db, orgId, ...args);
    if (kept.size >= limit) kept.delete(kept.keys().next().value!);
    const entry = { versions, answer };
    kept.set(key, entry);
    answer.catch(() => {
      if (kept.get(key) === entry) kept.delete(key);
    });
    return answer;
  };
  const get = async (db: Db, orgId: string, ...args: Args): Promise<T> =>
    inTransaction(db)
      ? make(db, orgId, ...args)
      : on(await dataVersionKey(db, orgId, tables), db, orgId, ...args);
  const versionsText = (org: string) => tablesVersionsText(org, tables);
  return Object.defineProperty(Object.assign(get, { on, versionsText }), 'size', {
    get: () => kept.size,
  }) as KeptAnswers<Args, T>;
}
