import { sql } from 'drizzle-orm';
import type { PgPreparedQuery, PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { QueryOptions } from '@electric-sql/pglite';
import type { Db } from './client.js';
import { pgliteTarget, runNamed } from './pglite-named.js';

/*
 * Statements on the hot path (the session lookup, the person and unit pages, the relationship
 * queries) are fixed texts with $1, $2, … parameters, sent by name. On PostgreSQL each connection
 * then parses and plans them once instead of on every request (planning cost more than running
 * them: docs/benchmarks.md), and Node builds nothing per request. On PGlite the same happens through
 * its wire-protocol API (`pglite-named.ts`): parsed and planned once per instance. The text must not
 * depend on the values: a list is one array parameter (`= any($1::uuid[])`), never a variable
 * number of placeholders. Nor should a value switch part of the work off (`$4::boolean and x in (…)`):
 * PostgreSQL's plans for such values leave that part out, look cheaper than the one plan it keeps
 * for all values, and it then plans the statement on every call (the run chart and the unit page
 * did: docs/benchmarks.md, issue 12). `pg_prepared_statements` counts a connection's generic and
 * custom plans; a test can hold a statement to at most five custom ones.
 */

type Session = Db['_']['session'];

/** How a statement reaches PGlite: by name (the default), or unnamed as Drizzle's driver sends it. */
export type PglitePath = 'named' | 'unnamed';

export interface PreparedStatement<Row> {
  readonly name: string;
  readonly text: string;
  /** Runs the statement on `db` (the pool or a transaction) with the values for $1, $2, … in order. */
  (db: Db, values: readonly unknown[]): Promise<Row[]>;
  /** Runs it on PGlite by the given path (PostgreSQL ignores it); for the tests comparing the two. */
  runAs(path: PglitePath, db: Db, values: readonly unknown[]): Promise<Row[]>;
}

const declared = new Map<string, PreparedStatement<unknown>>();

/** Every statement declared so far (the modules declare theirs when they are imported). */
export const declaredStatements = (): PreparedStatement<unknown>[] => [...declared.values()];

let pglitePath: PglitePath = 'named';

/** Sets how every statement reaches PGlite, for the benchmark's A/B; returns the previous setting. */
export function setPglitePath(path: PglitePath): PglitePath {
  const previous = pglitePath;
  pglitePath = path;
  return previous;
}

type Wrapper = (
  statement: PreparedStatement<unknown>,
  db: Db,
  values: readonly unknown[],
  run: () => Promise<unknown[]>,
) => Promise<unknown[]>;
let wrapper: Wrapper | null = null;

/** Lets a test wrap every call (to compare the paths on it before it runs); null ends it. */
export function wrapPreparedCalls(fn: Wrapper | null): void {
  wrapper = fn;
}

/**
 * Declares a named statement. Names are global per connection, so each may be declared once;
 * timestamps come back as PostgreSQL's text (as from `db.execute`), json as parsed values.
 */
export function preparedStatement<Row>(name: string, text: string): PreparedStatement<Row> {
  if (declared.has(name)) throw new Error(`Prepared statement ${name} is declared twice`);
  const paramCount = Math.max(0, ...[...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  const placeholders = Array.from({ length: paramCount }, (_, i) => sql.placeholder(String(i)));
  // One prepared query object per session: the pool's, or a transaction's own connection.
  const bySession = new WeakMap<Session, PgPreparedQuery<PreparedQueryConfig>>();
  const runAs = async (path: PglitePath, db: Db, values: readonly unknown[]): Promise<Row[]> => {
    if (values.length !== paramCount) {
      throw new Error(`Prepared statement ${name} takes ${paramCount} values, got ${values.length}`);
    }
    const session = db._.session;
    let query = bySession.get(session);
    if (!query) {
      query = session.prepareQuery({ sql: text, params: placeholders }, undefined, name, false);
      bySession.set(session, query);
    }
    const pglite = path === 'named' ? pgliteTarget((session as unknown as { client: unknown }).client) : null;
    if (pglite) {
      // Drizzle's own result options for this query (timestamps as text, …), so rows match its unnamed run.
      const options = (query as unknown as { rawQueryConfig: QueryOptions }).rawQueryConfig;
      return runNamed<Row>(pglite, name, text, values, options);
    }
    // The placeholders are named '0', '1', …, so the values array itself fills them.
    const result = (await query.execute(values as unknown as Record<string, unknown>)) as { rows: Row[] };
    return result.rows;
  };
  const run = (db: Db, values: readonly unknown[]): Promise<Row[]> => {
    if (!wrapper) return runAs(pglitePath, db, values);
    const proceed = () => runAs(pglitePath, db, values);
    return wrapper(statement as PreparedStatement<unknown>, db, values, proceed) as Promise<Row[]>;
  };
  Object.defineProperty(run, 'name', { value: name });
  const statement: PreparedStatement<Row> = Object.assign(run, { text, runAs });
  declared.set(name, statement as PreparedStatement<unknown>);
  return statement;
}
