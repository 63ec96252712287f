import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../db/client.js';
import type { MigrationLevel } from './catalog.js';
import { CliError } from './connection.js';

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

const readJournal = (folder: string): Journal =>
  JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;

/** The number of this version's migrations. */
export const currentMigrationCount = (folder = MIGRATIONS_DIR) => readJournal(folder).entries.length;

/**
 * How many of this version's migrations a backup was made at. A backup from a newer MUP, or
 * one whose migrations differ from ours, is refused: its rows may not fit our tables.
 */
export function backupLevel(level: MigrationLevel, folder = MIGRATIONS_DIR): number {
  if (level.count === 0) return 0;
  const entries = readJournal(folder).entries;
  const index = entries.findIndex((e) => e.when === level.lastMillis);
  const entry = entries[index];
  if (!entry || index + 1 !== level.count) {
    throw new CliError(
      `The backup was made by a newer or different version of MUP (at migration ${level.count}, this version has ${entries.length}). ` +
        `Restore it with that version, or a newer one.`,
    );
  }
  const hash = crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(folder, `${entry.tag}.sql`)).toString())
    .digest('hex');
  if (level.lastHash && hash !== level.lastHash) {
    throw new CliError(
      `The backup's migration ${entry.tag} differs from this version's; restore it with the version of MUP that made it.`,
    );
  }
  return level.count;
}

/**
 * A copy of the migrations folder holding only the first `count` migrations, so a restore can
 * bring an empty database to exactly the backup's level, load the rows, and then upgrade.
 */
export function stagedMigrations(
  count: number,
  folder = MIGRATIONS_DIR,
): { folder: string; cleanup: () => void } {
  const journal = readJournal(folder);
  if (count >= journal.entries.length) return { folder, cleanup: () => {} };
  const staged = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-migrations-'));
  fs.mkdirSync(path.join(staged, 'meta'));
  const entries = journal.entries.slice(0, count);
  fs.writeFileSync(path.join(staged, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const entry of entries)
    fs.copyFileSync(path.join(folder, `${entry.tag}.sql`), path.join(staged, `${entry.tag}.sql`));
  return { folder: staged, cleanup: () => fs.rmSync(staged, { recursive: true, force: true }) };
}
