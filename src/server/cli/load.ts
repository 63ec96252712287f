import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../db/client.js';
import { quoteIdent, readMigrationLevel, readTables, type TableInfo } from './catalog.js';
import { CliError, connect, type CliConnection, type CliTarget, type Queryer } from './connection.js';
import {
  FORMAT,
  FORMAT_VERSION,
  UNCHECKED_FORMAT_VERSION,
  gzipLines,
  type Header,
  type Marker,
} from './format.js';
import { BackupDigest, INTEGRITY_MARKER, timingSafeEqualHex, verifyBackup } from './integrity.js';
import { backupLevel, currentMigrationCount, stagedMigrations } from './migrations.js';

const BATCH_ROWS = 500;
const BATCH_CHARS = 4_000_000;

export interface RestoreSummary {
  tables: number;
  rows: number;
  migrations: number;
  upgradedTo: number;
  /** How the file was checked: signed with BACKUP_KEY, its SHA-256, or not at all (format 1). */
  checked: 'hmac-sha256' | 'sha256' | 'unchecked';
}

/**
 * Restores a backup into an empty database, then brings it to this version's migration level.
 * The file's integrity line is checked before anything is written (integrity.ts); `key` is
 * BACKUP_KEY.
 */
export async function restoreDatabase(
  target: CliTarget,
  file: string,
  options: { key?: string | undefined } = {},
): Promise<RestoreSummary> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new CliError(`There is no file ${source}.`);
  const header = await readHeader(source);
  const level = backupLevel(header.migrations);
  let expected: string | null = null;
  if (header.version === UNCHECKED_FORMAT_VERSION) {
    if (options.key)
      throw new CliError(
        `${source} is a MUP backup in format 1, which has no integrity check, and BACKUP_KEY is set: ` +
          `only backups signed with that key are restored. If you trust this file, restore it without BACKUP_KEY.`,
      );
  } else {
    expected = await verifyBackup(source, options.key);
  }

  const conn = await connect(target, { create: true });
  try {
    await assertEmpty(conn);
    const current = await readMigrationLevel(conn);
    if (current.count > level) {
      throw new CliError(
        `The database is already set up at migration ${current.count}, newer than the backup's ${level}. ` +
          `Restore into a newly created database (or a new DATA_DIR) instead.`,
      );
    }
    const staged = stagedMigrations(level);
    try {
      await conn.migrate(staged.folder);
    } finally {
      staged.cleanup();
    }
    const tables = new Map((await readTables(conn)).map((t) => [t.name, t]));
    const digest = expected === null ? null : { expected, digest: new BackupDigest(options.key) };
    const loaded = await conn.transaction('write', (q) => loadRows(q, source, tables, digest));
    await conn.migrate(MIGRATIONS_DIR);
    return {
      ...loaded,
      migrations: level,
      upgradedTo: currentMigrationCount(),
      checked: expected === null ? 'unchecked' : options.key ? 'hmac-sha256' : 'sha256',
    };
  } finally {
    await conn.close();
  }
}

async function readHeader(file: string): Promise<Header> {
  let first: string | undefined;
  try {
    for await (const line of gzipLines(file)) {
      first = line;
      break;
    }
  } catch {
    throw new CliError(`${file} is not a MUP backup (it is not a gzip file).`);
  }
  const header = parseLine(first ?? '') as Header | null;
  if (header?.$ !== FORMAT) throw new CliError(`${file} is not a MUP backup.`);
  if (header.version !== FORMAT_VERSION && header.version !== UNCHECKED_FORMAT_VERSION) {
    throw new CliError(
      `${file} is a MUP backup in format ${header.version}; this version reads format ${FORMAT_VERSION}.`,
    );
  }
  return header;
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

async function assertEmpty(conn: CliConnection) {
  const withRows: string[] = [];
  for (const table of await readTables(conn)) {
    const [row] = await conn.query<{ present: boolean }>(
      `select exists (select 1 from ${quoteIdent(table.name)}) as present`,
    );
    if (row?.present) withRows.push(table.name);
  }
  if (withRows.length) {
    throw new CliError(
      `The database is not empty (${withRows.slice(0, 5).join(', ')}${withRows.length > 5 ? ', …' : ''} have rows). ` +
        `Restore only into an empty database: a new DATA_DIR, or a newly created PostgreSQL database.`,
    );
  }
}

/**
 * Loads every row in one transaction: a damaged or cut-off file restores nothing. The lines are
 * hashed again as they are loaded, so a file changed after it was checked is refused before the
 * transaction commits.
 */
async function loadRows(
  q: Queryer,
  file: string,
  tables: Map<string, TableInfo>,
  check: { expected: string; digest: BackupDigest } | null,
) {
  let table: TableInfo | null = null;
  let batch: string[] = [];
  let batchChars = 0;
  let tableRows = 0;
  let totalRows = 0;
  let tableCount = 0;
  let ended = false;

  const flush = async () => {
    if (!table || batch.length === 0) return;
    const cols = table.insertable.map(quoteIdent).join(', ');
    const t = quoteIdent(table.name);
    // OVERRIDING SYSTEM VALUE keeps identity columns' values; the database converts every
    // value from JSON to its column's type.
    await q.query(
      `insert into ${t} (${cols}) overriding system value select ${cols} from json_populate_recordset(null::${t}, $1::json)`,
      [`[${batch.join(',')}]`],
    );
    batch = [];
    batchChars = 0;
  };

  let lineNumber = 0;
  try {
    for await (const line of gzipLines(file)) {
      lineNumber++;
      if (check && ended && line.startsWith(INTEGRITY_MARKER)) {
        if (!timingSafeEqualHex(check.digest.digest(), check.expected))
          throw new CliError(`The backup ${file} changed while it was being restored; nothing was restored.`);
        check = null;
        continue;
      }
      check?.digest.add(line);
      if (lineNumber === 1 || line === '') continue;
      if (ended) throw new CliError(`The backup has data after its end (line ${lineNumber}).`);
      if (!line.startsWith('{"$":')) {
        if (!table) throw new CliError(`The backup is damaged: a row outside a table (line ${lineNumber}).`);
        batch.push(line);
        batchChars += line.length;
        tableRows++;
        if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) await flush();
        continue;
      }
      const marker = parseLine(line) as Marker | null;
      if (!marker) throw new CliError(`The backup is damaged at line ${lineNumber}.`);
      if (marker.$ === 'table') {
        table = tables.get(marker.name) ?? null;
        if (!table)
          throw new CliError(`The backup has a table ${marker.name} that this database does not have.`);
        const expected = [...table.columns].sort().join(',');
        if ([...marker.columns].sort().join(',') !== expected) {
          throw new CliError(`The backup's table ${marker.name} has other columns than this database's.`);
        }
        tableRows = 0;
      } else if (marker.$ === 'end-table') {
        await flush();
        if (!table || marker.name !== table.name || marker.rows !== tableRows) {
          throw new CliError(
            `The backup is damaged: table ${marker.name} should have ${marker.rows} rows, it has ${tableRows}.`,
          );
        }
        totalRows += tableRows;
        tableCount++;
        table = null;
      } else if (marker.$ === 'sequences') {
        for (const s of marker.values) {
          await q.query(`select setval($1::regclass, $2::bigint, $3::boolean)`, [
            quoteIdent(s.name),
            s.lastValue,
            s.isCalled,
          ]);
        }
      } else if (marker.$ === 'end') {
        if (marker.rows !== totalRows || marker.tables !== tableCount) {
          throw new CliError(
            `The backup is damaged: it should hold ${marker.rows} rows in ${marker.tables} tables.`,
          );
        }
        ended = true;
      }
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    if ((err as NodeJS.ErrnoException).code?.startsWith('Z_')) {
      throw new CliError(
        `The backup file is damaged or cut off (${(err as Error).message}); nothing was restored.`,
      );
    }
    throw err;
  }
  if (!ended || check)
    throw new CliError(`The backup file is incomplete (it stops before its end); nothing was restored.`);
  return { tables: tableCount, rows: totalRows };
}
