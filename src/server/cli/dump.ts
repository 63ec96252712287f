import fs from 'node:fs';
import path from 'node:path';
import { quoteIdent, readMigrationLevel, readSequences, readTables, type TableInfo } from './catalog.js';
import { CliError, connect, type CliTarget, type Queryer } from './connection.js';
import { FORMAT, FORMAT_VERSION, gzipLineWriter, type LineWriter, type Marker } from './format.js';
import { BackupDigest } from './integrity.js';

const PAGE_ROWS = 1000;

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  migrations: number;
}

/**
 * Writes a logical backup of every table to `file` (which must not exist yet), ending in its
 * integrity line: an HMAC under `key` (BACKUP_KEY) when given, else a SHA-256 (integrity.ts).
 */
export async function backupDatabase(
  target: CliTarget,
  file: string,
  options: { key?: string | undefined } = {},
): Promise<BackupSummary & { signed: boolean }> {
  const out = path.resolve(file);
  if (fs.existsSync(out))
    throw new CliError(`${out} exists already. Choose a new file name; a backup never overwrites a file.`);
  if (!fs.existsSync(path.dirname(out)))
    throw new CliError(`The folder ${path.dirname(out)} does not exist.`);
  const conn = await connect(target, { create: false });
  // Written beside the target and renamed at the end, so a failed backup leaves no file that looks whole.
  const partial = `${out}.partial-${process.pid}`;
  const file_ = gzipLineWriter(partial);
  const digest = new BackupDigest(options.key);
  const writer: LineWriter = {
    write: (line) => {
      digest.add(line);
      return file_.write(line);
    },
    end: () => file_.end(),
    abort: () => file_.abort(),
  };
  try {
    const summary = await conn.transaction('read', async (q) => {
      const migrations = await readMigrationLevel(q);
      const tables = await readTables(q);
      const marker = (m: Marker) => writer.write(JSON.stringify(m));
      await marker({
        $: FORMAT,
        version: FORMAT_VERSION,
        createdAt: new Date().toISOString(),
        engine: conn.engine,
        migrations,
      });
      let rows = 0;
      for (const table of tables) {
        await marker({ $: 'table', name: table.name, columns: table.columns });
        const count = await dumpTable(q, table, writer);
        await marker({ $: 'end-table', name: table.name, rows: count });
        rows += count;
      }
      await marker({ $: 'sequences', values: await readSequences(q) });
      await marker({ $: 'end', tables: tables.length, rows });
      await file_.write(JSON.stringify(digest.trailer()));
      return {
        file: out,
        tables: tables.length,
        rows,
        migrations: migrations.count,
        signed: Boolean(options.key),
      };
    });
    await writer.end();
    fs.renameSync(partial, out);
    return summary;
  } catch (err) {
    await writer.abort();
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    await conn.close();
  }
}

async function dumpTable(q: Queryer, table: TableInfo, writer: LineWriter): Promise<number> {
  const t = quoteIdent(table.name);
  if (table.selfReference || table.primaryKey.length === 0) {
    const rows = await q.query<{ j: string }>(`select row_to_json(t)::text as j from ${t} t`);
    const ordered = table.selfReference
      ? parentsFirst(
          rows.map((r) => r.j),
          table.selfReference,
        )
      : rows.map((r) => r.j);
    for (const line of ordered) await writer.write(line);
    return ordered.length;
  }
  // Pages by primary key, so a large table never sits in memory whole. The last row of a page
  // is turned back into typed values by the database itself, so keys compare as their own type.
  const pk = table.primaryKey.map((c) => `t.${quoteIdent(c)}`).join(', ');
  const lastPk = table.primaryKey.map((c) => `last.${quoteIdent(c)}`).join(', ');
  let last: string | null = null;
  let count = 0;
  for (;;) {
    const page: { j: string }[] =
      last === null
        ? await q.query<{ j: string }>(
            `select row_to_json(t)::text as j from ${t} t order by ${pk} limit ${PAGE_ROWS}`,
          )
        : await q.query<{ j: string }>(
            `select row_to_json(t)::text as j from ${t} t, json_populate_record(null::${t}, $1::json) last
             where (${pk}) > (${lastPk}) order by ${pk} limit ${PAGE_ROWS}`,
            [last],
          );
    for (const row of page) await writer.write(row.j);
    count += page.length;
    if (page.length < PAGE_ROWS) return count;
    last = page[page.length - 1]!.j;
  }
}

/** Orders a self-referencing table's rows so every row comes after the row it references. */
function parentsFirst(lines: string[], ref: { column: string; references: string }): string[] {
  const rows = lines.map((line) => ({ line, value: JSON.parse(line) as Record<string, unknown> }));
  const byKey = new Map(rows.map((r) => [JSON.stringify(r.value[ref.references]), r]));
  const done = new Set<(typeof rows)[number]>();
  const visiting = new Set<(typeof rows)[number]>();
  const out: string[] = [];
  const visit = (row: (typeof rows)[number]) => {
    if (done.has(row) || visiting.has(row)) return;
    visiting.add(row);
    const parentKey = row.value[ref.column];
    const parent =
      parentKey === null || parentKey === undefined ? undefined : byKey.get(JSON.stringify(parentKey));
    if (parent) visit(parent);
    visiting.delete(row);
    done.add(row);
    out.push(row.line);
  };
  rows.forEach(visit);
  return out;
}
