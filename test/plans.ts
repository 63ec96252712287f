import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';

/*
 * PostgreSQL plans a named statement once per connection unless the plans it makes for particular
 * values look cheaper than the one it keeps for all: then it plans on every call. A test runs a
 * statement on one connection (a transaction) and counts how it was planned.
 */

async function counts(tx: Db, name: string) {
  const { rows } = (await tx.execute(sql`
    select generic_plans::int as generic, custom_plans::int as custom
    from pg_prepared_statements where name = ${name}`)) as unknown as {
    rows: { generic: number; custom: number }[];
  };
  return rows[0] ?? { generic: 0, custom: 0 };
}

/** How often `run` got the statement `name` planned, in all and for its values, on one connection. */
export async function plansOf(db: Db, name: string, run: (tx: Db) => Promise<void>) {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const before = await counts(tx, name);
    await run(tx);
    const after = await counts(tx, name);
    return { runs: after.generic + after.custom - before.generic - before.custom, custom: after.custom };
  });
}
