import { CliError, type Queryer } from './connection.js';

/** What backup and restore need to know about the tables, read from the database's own catalogue. */

export interface TableInfo {
  name: string;
  columns: string[];
  /** The columns a restore writes: all but generated ones. */
  insertable: string[];
  primaryKey: string[];
  /** A column referencing the same table (units.parent_id → units.id): parents must come first. */
  selfReference: { column: string; references: string } | null;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Every catalogue query returns one JSON text, so both drivers hand back the same shapes.
async function jsonQuery<T>(q: Queryer, text: string): Promise<T> {
  const [row] = await q.query<{ j: string | null }>(`select (${text})::text as j`);
  return JSON.parse(row?.j ?? 'null') as T;
}

/**
 * Tables a backup leaves out: derived data the database makes again as rows are restored.
 * `data_versions` counts writes (src/server/db/data-versions-schema.ts); restoring the rows raises
 * the counters anew, with new epochs.
 */
export const NOT_BACKED_UP = ['data_versions'] as const;

export async function readTables(q: Queryer): Promise<TableInfo[]> {
  const tables =
    (await jsonQuery<{ name: string; columns: string[]; insertable: string[]; pk: string[] | null }[]>(
      q,
      `select json_agg(json_build_object(
         'name', c.relname,
         'columns', (select json_agg(a.attname order by a.attnum) from pg_attribute a
                     where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
         'insertable', (select json_agg(a.attname order by a.attnum) from pg_attribute a
                        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''),
         'pk', (select json_agg(a.attname order by k.ord) from pg_constraint p
                cross join unnest(p.conkey) with ordinality k(attnum, ord)
                join pg_attribute a on a.attrelid = p.conrelid and a.attnum = k.attnum
                where p.conrelid = c.oid and p.contype = 'p')
       ) order by c.relname)
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
         and c.relname <> all ('{${NOT_BACKED_UP.join(',')}}'::text[])`,
    )) ?? [];
  const foreignKeys =
    (await jsonQuery<{ child: string; parent: string; childCols: string[]; parentCols: string[] }[]>(
      q,
      `select json_agg(json_build_object(
         'child', ch.relname, 'parent', pa.relname,
         'childCols', (select json_agg(a.attname order by k.ord) from unnest(con.conkey) with ordinality k(attnum, ord)
                       join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum),
         'parentCols', (select json_agg(a.attname order by k.ord) from unnest(con.confkey) with ordinality k(attnum, ord)
                        join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum)
       ))
       from pg_constraint con
       join pg_class ch on ch.oid = con.conrelid
       join pg_class pa on pa.oid = con.confrelid
       join pg_namespace n on n.oid = ch.relnamespace
       where con.contype = 'f' and n.nspname = 'public'`,
    )) ?? [];

  const infos = new Map<string, TableInfo>(
    tables.map((t) => [
      t.name,
      {
        name: t.name,
        columns: t.columns,
        insertable: t.insertable,
        primaryKey: t.pk ?? [],
        selfReference: null,
      },
    ]),
  );
  const dependsOn = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set()]));
  for (const fk of foreignKeys) {
    if (fk.child !== fk.parent) {
      dependsOn.get(fk.child)?.add(fk.parent);
      continue;
    }
    if (fk.childCols.length !== 1)
      throw new CliError(
        `Table ${fk.child} has a multi-column reference to itself, which backup does not support.`,
      );
    infos.get(fk.child)!.selfReference = { column: fk.childCols[0]!, references: fk.parentCols[0]! };
  }
  return foreignKeyOrder(dependsOn).map((name) => infos.get(name)!);
}

/** Parents before children, alphabetical among equals, so two backups of one database are alike. */
function foreignKeyOrder(dependsOn: Map<string, Set<string>>): string[] {
  const order: string[] = [];
  const remaining = new Map([...dependsOn].map(([k, v]) => [k, new Set(v)]));
  while (remaining.size) {
    const ready = [...remaining]
      .filter(([, deps]) => deps.size === 0)
      .map(([name]) => name)
      .sort();
    if (!ready.length)
      throw new CliError(`Tables reference each other in a cycle: ${[...remaining.keys()].join(', ')}.`);
    for (const name of ready) {
      order.push(name);
      remaining.delete(name);
      for (const deps of remaining.values()) deps.delete(name);
    }
  }
  return order;
}

export interface SequenceValue {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export async function readSequences(q: Queryer): Promise<SequenceValue[]> {
  const names =
    (await jsonQuery<string[]>(
      q,
      `select json_agg(sequencename order by sequencename) from pg_sequences where schemaname = 'public'`,
    )) ?? [];
  const values: SequenceValue[] = [];
  for (const name of names) {
    const [row] = await q.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text as last_value, is_called from ${quoteIdent(name)}`,
    );
    values.push({ name, lastValue: row!.last_value, isCalled: row!.is_called });
  }
  return values;
}

/** The migration level a database is at, as Drizzle's migrator records it. */
export interface MigrationLevel {
  count: number;
  /** The `when` of the last applied migration in drizzle/meta/_journal.json. */
  lastMillis: number | null;
  lastHash: string | null;
}

export async function readMigrationLevel(q: Queryer): Promise<MigrationLevel> {
  const [exists] = await q.query<{ present: boolean }>(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return { count: 0, lastMillis: null, lastHash: null };
  const [row] = await q.query<{ count: string; last_millis: string | null; last_hash: string | null }>(
    `select count(*)::text as count,
            (select created_at::text from drizzle.__drizzle_migrations order by created_at desc limit 1) as last_millis,
            (select hash from drizzle.__drizzle_migrations order by created_at desc limit 1) as last_hash
     from drizzle.__drizzle_migrations`,
  );
  return {
    count: Number(row!.count),
    lastMillis: row!.last_millis === null ? null : Number(row!.last_millis),
    lastHash: row!.last_hash,
  };
}
