import { sql } from 'drizzle-orm';
import type { PgPreparedQuery, PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

/*
 * Statements on the hot path (the session lookup, the person and unit pages, the relationship
 * queries) are fixed texts with $1, $2, … parameters, sent by name. On PostgreSQL each connection
 * then parses and plans them once instead of on every request (planning cost more than running
 * them: docs/benchmarks.md), and Node builds nothing per request. PGlite runs the same text
 * unnamed. The text must not depend on the values: a list is one array parameter
 * (`= any($1::uuid[])`), never a variable number of placeholders. Nor should a value switch part of
 * the work off (`$4::boolean and x in (…)`): PostgreSQL's plans for such values leave that part out,
 * look cheaper than the one plan it keeps for all values, and it then plans the statement on every
 * call (the run chart did: docs/benchmarks.md, issue 12). `pg_prepared_statements` counts a
 * connection's generic and custom plans; a test can hold a statement to at most five custom ones.
 */

type Session = Db['_']['session'];

export interface PreparedStatement<Row> {
  readonly name: string;
  readonly text: string;
  /** Runs the statement on `db` (the pool or a transaction) with the values for $1, $2, … in order. */
  (db: Db, values: readonly unknown[]): Promise<Row[]>;
}

const names = new Set<string>();

/**
 * Declares a named statement. Names are global per connection, so each may be declared once;
 * timestamps come back as PostgreSQL's text (as from `db.execute`), json as parsed values.
 */
export function preparedStatement<Row>(name: string, text: string): PreparedStatement<Row> {
  if (names.has(name)) throw new Error(`Prepared statement ${name} is declared twice`);
  names.add(name);
  const paramCount = Math.max(0, ...[...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  const placeholders = Array.from({ length: paramCount }, (_, i) => sql.placeholder(String(i)));
  // One prepared query object per session: the pool's, or a transaction's own connection.
  const bySession = new WeakMap<Session, PgPreparedQuery<PreparedQueryConfig>>();
  const run = async (db: Db, values: readonly unknown[]): Promise<Row[]> => {
    if (values.length !== paramCount) {
      throw new Error(`Prepared statement ${name} takes ${paramCount} values, got ${values.length}`);
    }
    const session = db._.session;
    let query = bySession.get(session);
    if (!query) {
      query = session.prepareQuery({ sql: text, params: placeholders }, undefined, name, false);
      bySession.set(session, query);
    }
    // The placeholders are named '0', '1', …, so the values array itself fills them.
    const result = (await query.execute(values as unknown as Record<string, unknown>)) as { rows: Row[] };
    return result.rows;
  };
  Object.defineProperty(run, 'name', { value: name });
  return Object.assign(run, { text }) as PreparedStatement<Row>;
}
