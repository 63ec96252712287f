import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/db/client.js';
import { openTestDatabase, testEngines } from './engines.js';

/*
 * The schema can be distributed by organisation (Citus, docs/scaling.md) only if it keeps these
 * rules, checked here on the migrated database itself (whatever module made the table):
 *
 * 1. Every table has a NOT NULL org_id, or is one of the few global tables below, each with the
 *    reason it belongs to no organisation (and the list holds exactly the tables without org_id).
 * 2. Every unique index of a table with org_id includes org_id (Citus enforces uniqueness only
 *    within a shard), except the table's surrogate key and the few listed below.
 * 3. Its primary key includes org_id, or is the surrogate key: one column `id`. The migration that
 *    distributes widens every surrogate key to (org_id, id) (docs/scaling.md, step 2).
 * 4. A foreign key from a table with org_id includes org_id, or points at another such table's
 *    surrogate key (so it can be widened to (org_id, x_id) → (org_id, id) with it); towards a
 *    global table only org_id → organisations(id) (a reference table). No global table points at
 *    a table with org_id (a reference table cannot refer to a distributed one).
 *
 * What this cannot check: that every query filters by org_id (a query without it still works on
 * Citus, but runs on every shard); that a row's references point into its own organisation (a
 * property of the data — docs/scaling.md has the query to run before distributing); and that the
 * global tables are small and rarely written, as reference tables must be.
 */

/** Tables without org_id, and why. */
const GLOBAL_TABLES: Record<string, string> = {
  organisations: 'the tenants themselves: their id is the value every other table is distributed by',
  sign_in_throttle: 'sign-in failures counted per address before anyone (or any organisation) is known',
  rate_limits: 'hits counted per IP address or typed-in address before anyone is known',
  periodic_runs: 'one row per periodic task, which serves every organisation at once',
};

/** Unique indexes of tables with org_id that do not include it, and why (each must change before Citus). */
const UNIQUE_WITHOUT_ORG: Record<string, string> = {
  auth_tokens_token_hash_unique:
    'a reset or invitation link is looked up by its token alone; the link must name its organisation first',
  survey_rounds_code_idx: 'an evaluation is answered by its short code alone, without signing in',
  survey_participations_token_idx:
    'a survey is answered from its participation link alone, so the token finds its round without the organisation',
};

interface Column {
  table: string;
  nullable: boolean;
}
interface UniqueIndex {
  table: string;
  index: string;
  primary: boolean;
  columns: string[];
}
interface ForeignKey {
  name: string;
  from: string;
  to: string;
  columns: string[];
  targets: string[];
}

const rows = async <T>(database: Database, query: ReturnType<typeof sql>) =>
  ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;

/** Names as arrays: PGlite and pg both parse text[] (name[] would come back as a string on pg). */
async function readSchema(database: Database) {
  const tables = (
    await rows<{ name: string }>(
      database,
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  ).map((t) => t.name);
  const orgColumns = await rows<Column>(
    database,
    sql`select table_name as "table", is_nullable = 'YES' as nullable from information_schema.columns
        where table_schema = 'public' and column_name = 'org_id'`,
  );
  const uniques = await rows<UniqueIndex>(
    database,
    sql`select t.relname as "table", i.relname as "index", x.indisprimary as primary,
          array(select a.attname::text from unnest(x.indkey) with ordinality k(attnum, n)
                join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n) as columns
        from pg_index x
        join pg_class t on t.oid = x.indrelid
        join pg_class i on i.oid = x.indexrelid
        join pg_namespace s on s.oid = t.relnamespace
        where s.nspname = 'public' and x.indisunique order by 1, 2`,
  );
  const foreignKeys = await rows<ForeignKey>(
    database,
    sql`select c.conname as name, f.relname as "from", r.relname as "to",
          array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, n)
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n) as columns,
          array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, n)
                join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.n) as targets
        from pg_constraint c
        join pg_class f on f.oid = c.conrelid
        join pg_class r on r.oid = c.confrelid
        join pg_namespace s on s.oid = f.relnamespace
        where s.nspname = 'public' and c.contype = 'f' order by 1`,
  );
  return { tables, orgColumns, uniques, foreignKeys };
}

for (const engine of testEngines()) {
  describe(`the schema can be distributed by organisation [${engine}]`, () => {
    let database: Database;
    let schema: Awaited<ReturnType<typeof readSchema>>;
    beforeAll(async () => {
      database = await openTestDatabase(engine);
      schema = await readSchema(database);
    }, 180_000);
    afterAll(async () => {
      await database?.close();
    });

    const tenantTables = () => new Set(schema.orgColumns.map((c) => c.table));
    const surrogateKey = (table: string) =>
      schema.uniques.find((u) => u.table === table && u.primary && u.columns.join() === 'id');

    it('reads a schema worth checking', () => {
      // Guards the queries below: an empty answer would pass every rule.
      expect(schema.tables.length).toBeGreaterThan(40);
      expect(schema.tables).toContain('people');
      expect(schema.uniques.some((u) => u.table === 'people' && u.primary)).toBe(true);
      expect(schema.foreignKeys.some((f) => f.from === 'memberships' && f.to === 'units')).toBe(true);
    });

    it('has org_id, not null, on every table but the listed global ones', () => {
      const tenants = tenantTables();
      const without = schema.tables.filter((t) => !tenants.has(t));
      expect(without.sort()).toEqual(Object.keys(GLOBAL_TABLES).sort());
      expect(schema.orgColumns.filter((c) => c.nullable).map((c) => c.table)).toEqual([]);
    });

    it('includes org_id in every unique index of a tenant table, but its surrogate key and the listed ones', () => {
      const tenants = tenantTables();
      const offenders = schema.uniques
        .filter((u) => tenants.has(u.table) && !u.columns.includes('org_id'))
        .filter((u) => !(u.primary && u.columns.join() === 'id'))
        .map((u) => u.index);
      expect(offenders.sort()).toEqual(Object.keys(UNIQUE_WITHOUT_ORG).sort());
    });

    it('keys every tenant table by org_id or by a surrogate id that can be widened to (org_id, id)', () => {
      const tenants = tenantTables();
      const offenders = [...tenants].filter((table) => {
        const primary = schema.uniques.find((u) => u.table === table && u.primary);
        return !primary || !(primary.columns.includes('org_id') || primary.columns.join() === 'id');
      });
      expect(offenders).toEqual([]);
    });

    it('has foreign keys that stay within an organisation once widened, and none from global to tenant tables', () => {
      const tenants = tenantTables();
      const offenders = schema.foreignKeys
        .filter((f) => {
          if (!tenants.has(f.from)) return tenants.has(f.to);
          if (!tenants.has(f.to))
            return !(f.to === 'organisations' && f.columns.join() === 'org_id' && f.targets.join() === 'id');
          if (f.columns.includes('org_id')) return f.targets.includes('org_id');
          return !(f.targets.join() === 'id' && surrogateKey(f.to));
        })
        .map((f) => `${f.name}: ${f.from}(${f.columns.join()}) → ${f.to}(${f.targets.join()})`);
      expect(offenders).toEqual([]);
    });
  });
}
