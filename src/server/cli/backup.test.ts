import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { createApp } from '../app.js';
import { testConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import * as schema from '../db/schema.js';
import { lockDataDir } from '../db/lock.js';
import { testEngines } from '../../../test/engines.js';
import { jobs } from '../jobs/schema.js';
import { people } from '../../modules/org/schema.js';
import { CliError, type CliTarget } from './connection.js';
import { NOT_BACKED_UP } from './catalog.js';
import { backupDatabase } from './dump.js';
import { restoreDatabase } from './load.js';
import {
  FILLED_TABLES,
  buildSource,
  cleanUp,
  file,
  freshPostgres,
  pglite,
  root,
  runNpm,
  snapshot,
} from './backup-fixture.js';

afterAll(cleanUp);

describe('backup and restore', () => {
  const source = pglite('source');
  let hrEmail = '';
  let sourceSnapshot: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    ({ hrEmail } = await buildSource(source as CliTarget & { engine: 'pglite' }));
    sourceSnapshot = await snapshot(source);
  }, 120_000);

  it('has every table of the schema, and rows in the tables the source fills', async () => {
    // Tables a module adds later are in the backup too (empty here); a table outside the
    // public schema would not be, which this catches.
    const schemaTables = Object.values(schema)
      .filter((value) => is(value, PgTable))
      .map((table) => getTableName(table as PgTable))
      .filter((name) => !(NOT_BACKED_UP as readonly string[]).includes(name));
    expect(Object.keys(sourceSnapshot.tables).sort()).toEqual(expect.arrayContaining(schemaTables.sort()));
    // Derived counters are made again by the restore's own writes, never carried.
    expect(Object.keys(sourceSnapshot.tables)).not.toContain('data_versions');
    for (const name of FILLED_TABLES) expect(sourceSnapshot.tables[name]?.length, name).toBeGreaterThan(0);
    const jobsSeq = sourceSnapshot.sequences.find((s) => s.name === 'jobs_id_seq')!;
    expect(Number(jobsSeq.lastValue)).toBeGreaterThan(
      Math.max(...sourceSnapshot.tables.jobs!.map((j) => JSON.parse(j).id)),
    );
  });

  it('restores a PGlite backup into a new PGlite data directory, row by row', async () => {
    const summary = await backupDatabase(source, file('pglite'));
    expect(summary.rows).toBe(Object.values(sourceSnapshot.tables).flat().length);
    const restored = await restoreDatabase(pglite('restored'), file('pglite'));
    expect(restored.rows).toBe(summary.rows);
    expect(await snapshot(pglite('restored'))).toEqual(sourceSnapshot);
  }, 120_000);

  it('gives a restored database that works: people sign in and sequences continue', async () => {
    const database = await openDatabase({ engine: 'pglite', dataDir: path.join(root, 'restored') });
    try {
      const app = createApp({ config: testConfig(), database, serveWeb: false });
      const res = await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: hrEmail, password: TEST_PASSWORD },
      });
      expect(res.status).toBe(200);
      const [job] = await database.db
        .insert(jobs)
        .values({
          orgId: (await database.db.select().from(people).limit(1))[0]!.orgId,
          kind: 'x',
          payload: {},
        })
        .returning();
      const seq = sourceSnapshot.sequences.find((s) => s.name === 'jobs_id_seq')!;
      expect(job!.id).toBe(Number(seq.lastValue) + 1);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('refuses to restore into a database that has rows, and changes nothing there', async () => {
    const before = await snapshot(source);
    await expect(restoreDatabase(source, file('pglite'))).rejects.toThrow(
      /The database is not empty \(organisations, /,
    );
    expect(await snapshot(source)).toEqual(before);
  }, 60_000);

  it('restores nothing from a cut-off file, and the same database takes the whole file afterwards', async () => {
    const whole = fs.readFileSync(file('pglite'));
    fs.writeFileSync(file('cut'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const target = pglite('after-cut');
    await expect(restoreDatabase(target, file('cut'))).rejects.toThrow(CliError);
    // Checked before anything is written: not even the data directory was made.
    expect(fs.existsSync(path.join(root, 'after-cut'))).toBe(false);
    await restoreDatabase(target, file('pglite'));
    expect(await snapshot(target)).toEqual(sourceSnapshot);
  }, 120_000);

  it('refuses files that are not backups, and never overwrites a file', async () => {
    fs.writeFileSync(file('not-a-backup'), 'hello');
    await expect(restoreDatabase(pglite('x1'), file('not-a-backup'))).rejects.toThrow(/is not a MUP backup/);
    await expect(backupDatabase(source, file('pglite'))).rejects.toThrow(/exists already/);
    await expect(backupDatabase(pglite('nothing-here'), file('none'))).rejects.toThrow(
      /There is no MUP database/,
    );
  }, 60_000);

  it('runs as npm run backup / restore, and refuses while a server holds the data directory', async () => {
    const release = lockDataDir(path.join(root, 'source'));
    try {
      const refused = runNpm('backup', file('cli'), { DATA_DIR: path.join(root, 'source') });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain(`is in use by another MUP process (pid ${process.pid})`);
      expect(refused.stderr).toContain('need the server to be stopped');
      expect(fs.existsSync(file('cli'))).toBe(false);
    } finally {
      release();
    }
    const backedUp = runNpm('backup', file('cli'), { DATA_DIR: path.join(root, 'source') });
    expect(backedUp.status, backedUp.stderr).toBe(0);
    expect(backedUp.stdout).toMatch(/Backed up \d+ rows in \d+ tables/);
    const restored = runNpm('restore', file('cli'), { DATA_DIR: path.join(root, 'cli-restored') });
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Restored \d+ rows in \d+ tables/);
    expect(await snapshot(pglite('cli-restored'))).toEqual(sourceSnapshot);
    const again = runNpm('restore', file('cli'), { DATA_DIR: path.join(root, 'cli-restored') });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('The database is not empty');
    expect(runNpm('restore', '', {}).status).toBe(2);
  }, 120_000);

  describe('integrity', () => {
    const KEY = 'a-key-the-operator-keeps-'.padEnd(40, 'k');
    const text = (name: string) => zlib.gunzipSync(fs.readFileSync(file(name))).toString('utf8');
    const write = (name: string, content: string) => fs.writeFileSync(file(name), zlib.gzipSync(content));
    /** The backup with one person's name changed in a well-formed way. */
    const tampered = (content: string) => content.replace('Søren Ærø-Åberg', 'Søren Ærø-Åberg (ændret)');
    const sha256Trailer = (content: string) => {
      const lines = content.split('\n').filter((l) => l !== '');
      const body = lines
        .slice(0, -1)
        .map((l) => `${l}\n`)
        .join('');
      const digest = crypto.createHash('sha256').update(body).digest('hex');
      return `${body}${JSON.stringify({ $: 'integrity', algorithm: 'sha256', keyId: null, digest })}\n`;
    };
    /** Nothing was written: the data directory was not even made. */
    const expectUntouched = (target: CliTarget) =>
      expect(target.engine === 'pglite' && fs.existsSync(target.dataDir)).toBe(false);

    it('ends every backup in a checksum, and refuses a changed file before writing anything', async () => {
      const content = text('pglite');
      expect(content.trimEnd().split('\n').at(-1)).toMatch(
        /^\{"\$":"integrity","algorithm":"sha256","keyId":null,"digest":"[0-9a-f]{64}"\}$/,
      );
      expect(content).toContain('Søren Ærø-Åberg');
      write('tampered', tampered(content));
      const target = pglite('tampered');
      await expect(restoreDatabase(target, file('tampered'))).rejects.toThrow(
        /has been changed since it was made \(its SHA-256 does not match\); nothing was restored/,
      );
      expectUntouched(target);
      // Cut after the end line, or an empty line slipped in: refused too.
      write('no-trailer', content.split('\n').slice(0, -2).join('\n') + '\n');
      await expect(restoreDatabase(target, file('no-trailer'))).rejects.toThrow(
        /has no integrity check at its end/,
      );
      write('extra-line', content.replace('\n', '\n\n'));
      await expect(restoreDatabase(target, file('extra-line'))).rejects.toThrow(/has been changed/);
      expectUntouched(target);
    }, 120_000);

    it('with BACKUP_KEY, signs backups and restores only what that key signed, even if the checksum was redone', async () => {
      const signed = await backupDatabase(source, file('signed'), { key: KEY });
      expect(signed.signed).toBe(true);
      const content = text('signed');
      expect(content.trimEnd().split('\n').at(-1)).toContain('"algorithm":"hmac-sha256"');
      // Someone who can edit the file changes a row and writes a fresh SHA-256 trailer: refused.
      write('resigned', sha256Trailer(tampered(content)));
      const target = pglite('signed-target');
      await expect(restoreDatabase(target, file('resigned'), { key: KEY })).rejects.toThrow(/is not signed/);
      // A changed row under the original signature: refused.
      write('tampered-signed', tampered(content));
      await expect(restoreDatabase(target, file('tampered-signed'), { key: KEY })).rejects.toThrow(
        /its signature does not match BACKUP_KEY/,
      );
      // Without the key, or with another, a signed file is not restored.
      await expect(restoreDatabase(target, file('signed'))).rejects.toThrow(/Set BACKUP_KEY to the key/);
      await expect(restoreDatabase(target, file('signed'), { key: `${KEY}-other` })).rejects.toThrow(
        /signed with another key/,
      );
      expectUntouched(target);
      const restored = await restoreDatabase(target, file('signed'), { key: KEY });
      expect(restored.checked).toBe('hmac-sha256');
      expect(await snapshot(target)).toEqual(sourceSnapshot);
    }, 120_000);

    it('restores a format 1 backup (before the check) only without BACKUP_KEY', async () => {
      const lines = text('pglite').trimEnd().split('\n').slice(0, -1);
      lines[0] = lines[0]!.replace('"version":2', '"version":1');
      write('format-1', `${lines.join('\n')}\n`);
      await expect(restoreDatabase(pglite('f1-refused'), file('format-1'), { key: KEY })).rejects.toThrow(
        /format 1, which has no integrity check/,
      );
      const restored = await restoreDatabase(pglite('f1'), file('format-1'));
      expect(restored.checked).toBe('unchecked');
      expect(await snapshot(pglite('f1'))).toEqual(sourceSnapshot);
    }, 120_000);

    it('npm run restore names a changed backup and exits 2', () => {
      write('cli-tampered', tampered(text('pglite')));
      const refused = runNpm('restore', file('cli-tampered'), { DATA_DIR: path.join(root, 'cli-tampered') });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('has been changed since it was made');
      const signed = runNpm('backup', file('cli-signed'), {
        DATA_DIR: path.join(root, 'source'),
        BACKUP_KEY: KEY,
      });
      expect(signed.status, signed.stderr).toBe(0);
      expect(signed.stdout).toContain('signed with BACKUP_KEY');
      const restored = runNpm('restore', file('cli-signed'), {
        DATA_DIR: path.join(root, 'cli-signed-restored'),
        BACKUP_KEY: KEY,
      });
      expect(restored.status, restored.stderr).toBe(0);
      expect(restored.stdout).toContain('its signature matched BACKUP_KEY');
    }, 120_000);
  });

  describe.runIf(testEngines().includes('postgres'))('across engines', () => {
    it('restores the PGlite backup into PostgreSQL, and a PostgreSQL backup into both engines', async () => {
      const pgTarget = await freshPostgres('bk_a');
      await restoreDatabase(pgTarget, file('pglite'));
      expect(await snapshot(pgTarget)).toEqual(sourceSnapshot);

      await backupDatabase(pgTarget, file('postgres'));
      const pgAgain = await freshPostgres('bk_b');
      await restoreDatabase(pgAgain, file('postgres'));
      expect(await snapshot(pgAgain)).toEqual(sourceSnapshot);
      await restoreDatabase(pglite('from-postgres'), file('postgres'));
      expect(await snapshot(pglite('from-postgres'))).toEqual(sourceSnapshot);
    }, 180_000);
  });
});
