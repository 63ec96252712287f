import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEachEngine, testEngines } from '../../../test/engines.js';
import { copyOfTestDatabase, dropPostgresDatabase } from '../../../test/postgres-databases.js';
import {
  buildOrg,
  buildPerson,
  buildUnit,
  signInAs,
  type Org,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { REPO_ROOT, childEnv } from '../../../test/server-process.js';
import { createApp } from '../app.js';
import { loadConfig, testConfig, type Config } from '../config.js';
import { openDatabase, type Database, type Db } from '../db/client.js';
import { backupDatabase } from '../cli/dump.js';
import type { CliTarget } from '../cli/connection.js';
import { goals } from '../../modules/goals/schema.js';
import { conversationParticipants, conversations, privateNotes } from '../../modules/conversations/schema.js';
import { open, seal } from './aead.js';
import { forgetNoteKeys, masterKeys, openNote } from './note-keys.js';
import { rewrapNoteKeys, rotateNoteKeys, sealPlainNotes } from './rotate.js';
import { noteKeys } from './schema.js';

/**
 * Private notes are readable by their author only — also for whoever administers the database:
 * they are stored sealed with the organisation's key, itself wrapped under a master key the
 * database never holds.
 */

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-notes-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const marker = (what: string) => `MARKØR-${what}-${crypto.randomBytes(6).toString('hex')}`;

async function oneToOne(db: Db, org: Org) {
  const unit = await buildUnit(db, org);
  const leader = await buildPerson(db, org, { roles: [{ unit, role: 'leader' }] });
  const employee = await buildPerson(db, org, { roles: [{ unit, role: 'employee' }] });
  const [c] = await db
    .insert(conversations)
    .values({
      orgId: org.id,
      kind: 'one_to_one',
      startsAt: new Date(),
      calendarUid: `uid-${crypto.randomUUID()}`,
    })
    .returning();
  await db.insert(conversationParticipants).values([
    { orgId: org.id, conversationId: c!.id, personId: leader.id, role: 'leader' },
    { orgId: org.id, conversationId: c!.id, personId: employee.id, role: 'subject' },
  ]);
  return { conversationId: c!.id, leader, employee };
}

const writeNote = async (
  app: ReturnType<typeof createApp>,
  db: Db,
  config: Config,
  who: Person,
  id: string,
  text: string,
) =>
  call(app, 'PUT', `/api/conversations/${id}/private-note`, {
    as: await signInAs(db, config, who),
    body: { text },
  });

const readNote = async (app: ReturnType<typeof createApp>, db: Db, config: Config, who: Person, id: string) =>
  (await call(app, 'GET', `/api/conversations/${id}`, { as: await signInAs(db, config, who) })).json
    .privateNote?.text;

/** Every file under `dir` that holds `text` (as UTF-8), by path relative to `dir`. */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .filter((file) => fs.readFileSync(file).includes(needle))
    .map((file) => path.relative(dir, file));
}

describe('a planted marker in a private note', () => {
  it('is in no file of the embedded database, its WAL included, and not in the backup', async () => {
    const dataDir = path.join(root, 'data');
    const config = testConfig();
    let database: Database = await openDatabase({ engine: 'pglite', dataDir });
    const app = createApp({ config, database, serveWeb: false });
    const org = await buildOrg(database.db);
    const { conversationId, leader, employee } = await oneToOne(database.db, org);
    const secret = marker('privat');
    const control = marker('delt');
    expect((await writeNote(app, database.db, config, employee, conversationId, secret)).status).toBe(200);
    // The control goes in as clear text, to show the search finds what is there.
    await database.db.insert(goals).values({ orgId: org.id, subjectPersonId: employee.id, title: control });
    expect(await readNote(app, database.db, config, employee, conversationId)).toBe(secret);
    expect(await readNote(app, database.db, config, leader, conversationId)).toBe('');

    // While it runs (the write is in the WAL) and after it has stopped (checkpointed).
    const pgDir = path.join(dataDir, 'pg');
    expect(fs.readdirSync(path.join(pgDir, 'pg_wal')).length).toBeGreaterThan(0);
    expect(filesHolding(pgDir, control).length).toBeGreaterThan(0);
    expect(filesHolding(pgDir, secret)).toEqual([]);
    await database.close();
    expect(filesHolding(dataDir, control).length).toBeGreaterThan(0);
    expect(filesHolding(dataDir, secret)).toEqual([]);

    const target: CliTarget = { engine: 'pglite', dataDir };
    const file = path.join(root, 'notes.mupbackup.gz');
    await backupDatabase(target, file);
    const backup = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
    expect(backup).toContain(control);
    expect(backup).not.toContain(secret);
    expect(backup).toContain('"wrapped_key"');

    // npm run rotate-note-keys reseals it with a new key; the restarted server reads it for its author.
    const rotated = spawnSync('npm', ['run', '-s', 'rotate-note-keys'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: childEnv({ NODE_ENV: 'test', DATA_DIR: dataDir }),
    });
    expect(rotated.status, rotated.stderr).toBe(0);
    expect(rotated.stdout).toContain('New keys for 1 organisation(s); 1 private note(s) resealed');
    expect(filesHolding(dataDir, secret)).toEqual([]);
    database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      const again = createApp({ config, database, serveWeb: false });
      expect(await readNote(again, database.db, config, employee, conversationId)).toBe(secret);
    } finally {
      await database.close();
    }
  }, 120_000);

  it.runIf(testEngines().includes('postgres'))(
    'is not in a PostgreSQL backup either',
    async () => {
      const url = await copyOfTestDatabase();
      const database = await openDatabase({ engine: 'postgres', url, poolSize: 2 });
      try {
        const config = testConfig();
        const app = createApp({ config, database, serveWeb: false });
        const org = await buildOrg(database.db);
        const { conversationId, employee } = await oneToOne(database.db, org);
        const secret = marker('privat-pg');
        expect((await writeNote(app, database.db, config, employee, conversationId, secret)).status).toBe(
          200,
        );
        const file = path.join(root, 'notes-pg.mupbackup.gz');
        await backupDatabase({ engine: 'postgres', url }, file);
        const backup = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
        expect(backup).toContain(conversationId);
        expect(backup).not.toContain(secret);
      } finally {
        await database.close();
        await dropPostgresDatabase(url);
      }
    },
    120_000,
  );
});

describeEachEngine('sealed private notes', (env) => {
  const notesOf = async (orgId: string) =>
    env().database.db.select().from(privateNotes).where(eq(privateNotes.orgId, orgId));

  it('rotating the organisations’ keys reseals every note, each still readable by its author only', async () => {
    const { database, app, config } = env();
    const db = database.db;
    const written: { who: Person; id: string; text: string; orgId: string }[] = [];
    for (let o = 0; o < 2; o++) {
      const org = await buildOrg(db);
      for (let c = 0; c < 2; c++) {
        const { conversationId, leader, employee } = await oneToOne(db, org);
        for (const who of [leader, employee]) {
          const text = marker(`${o}-${c}-${who.id.slice(0, 4)}`);
          expect((await writeNote(app, db, config, who, conversationId, text)).status).toBe(200);
          written.push({ who, id: conversationId, text, orgId: org.id });
        }
      }
    }
    const orgIds = [...new Set(written.map((w) => w.orgId))];
    const before = (await Promise.all(orgIds.map(notesOf))).flat();
    expect(before.every((n) => n.keyVersion === 1 && n.text === null && n.sealed?.startsWith('v1.'))).toBe(
      true,
    );

    const rotated = await rotateNoteKeys(db, config);
    expect(rotated.notes).toBeGreaterThanOrEqual(written.length);
    const after = (await Promise.all(orgIds.map(notesOf))).flat();
    for (const n of after) {
      expect(n.keyVersion).toBe(2);
      expect(n.sealed).not.toBe(before.find((b) => b.id === n.id)!.sealed);
    }
    // Version 1 is gone: nothing uses it.
    for (const orgId of orgIds) {
      const versions = await db
        .select({ v: noteKeys.version })
        .from(noteKeys)
        .where(eq(noteKeys.orgId, orgId));
      expect(versions.map((v) => v.v)).toEqual([2]);
    }
    for (const w of written) expect(await readNote(app, db, config, w.who, w.id)).toBe(w.text);
    // A note written after the rotation uses the new key too.
    const last = written[0]!;
    await writeNote(app, db, config, last.who, last.id, 'efter rotationen');
    expect(await readNote(app, db, config, last.who, last.id)).toBe('efter rotationen');
  });

  it('a new master key takes over: keys are wrapped again, the old master key can then go', async () => {
    const { database, app, config } = env();
    forgetNoteKeys();
    const db = database.db;
    const org = await buildOrg(db);
    const { conversationId, employee } = await oneToOne(db, org);
    const text = marker('master');
    await writeNote(app, db, config, employee, conversationId, text);
    const newMaster = crypto.randomBytes(32).toString('base64');
    const both: Config = { ...config, notesMasterKeys: [newMaster, ...config.notesMasterKeys] };
    expect(await rewrapNoteKeys(db, both)).toBeGreaterThan(0);
    const [row] = await db.select().from(noteKeys).where(eq(noteKeys.orgId, org.id));
    expect(row!.masterKeyId).toBe(masterKeys(both)[0]!.id);

    forgetNoteKeys();
    const onlyNew: Config = { ...config, notesMasterKeys: [newMaster] };
    const newApp = createApp({ config: onlyNew, database, serveWeb: false });
    expect(await readNote(newApp, db, onlyNew, employee, conversationId)).toBe(text);
    // Without the master key its organisation key is wrapped under, nothing opens.
    forgetNoteKeys();
    const [note] = await db
      .select()
      .from(privateNotes)
      .where(and(eq(privateNotes.conversationId, conversationId), eq(privateNotes.authorId, employee.id)));
    const place = { orgId: org.id, conversationId, authorId: employee.id };
    await expect(
      openNote(db, config, place, { sealed: note!.sealed!, keyVersion: note!.keyVersion! }),
    ).rejects.toThrow(/NOTES_MASTER_KEYS does not hold/);
    forgetNoteKeys();
  });

  it('seals notes written before notes were sealed, and a sealed note opens only where it was written', async () => {
    const { database, app, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const { conversationId, leader, employee } = await oneToOne(db, org);
    const text = marker('gammel');
    await db.insert(privateNotes).values({ orgId: org.id, conversationId, authorId: employee.id, text });
    expect(await readNote(app, db, config, employee, conversationId)).toBe(text);
    expect(await sealPlainNotes(db, config)).toBeGreaterThanOrEqual(1);
    const [row] = await db.select().from(privateNotes).where(eq(privateNotes.conversationId, conversationId));
    expect(row!.text).toBeNull();
    expect(row!.sealed).not.toContain(text);
    expect(await readNote(app, db, config, employee, conversationId)).toBe(text);

    // Moved to the leader's row, the sealed note does not open.
    const place = { orgId: org.id, conversationId, authorId: leader.id };
    await expect(
      openNote(db, config, place, { sealed: row!.sealed!, keyVersion: row!.keyVersion! }),
    ).rejects.toThrow();
  });
});

it('seals with authenticated encryption: a changed byte or other associated data does not open', () => {
  const key = crypto.randomBytes(32);
  const sealed = seal(key, 'Mine tanker før samtalen', 'her');
  expect(open(key, sealed, 'her')).toBe('Mine tanker før samtalen');
  expect(() => open(key, sealed, 'der')).toThrow();
  const raw = Buffer.from(sealed.slice(3), 'base64url');
  raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
  expect(() => open(key, `v1.${raw.toString('base64url')}`, 'her')).toThrow();
  expect(() => open(crypto.randomBytes(32), sealed, 'her')).toThrow();
});

it('needs a master key in production, and refuses one that is not 32 bytes', () => {
  const production = {
    NODE_ENV: 'production',
    SESSION_SECRET: 'x'.repeat(40),
    PUBLIC_URL: 'https://mup.example.dk',
  };
  expect(() => loadConfig(production)).toThrow(/NOTES_MASTER_KEYS: must be set in production/);
  expect(() => loadConfig({ ...production, NOTES_MASTER_KEYS: 'kort' })).toThrow(/32 random bytes in base64/);
  const two = [crypto.randomBytes(32).toString('base64'), crypto.randomBytes(32).toString('base64')];
  expect(loadConfig({ ...production, NOTES_MASTER_KEYS: two.join(',') }).notesMasterKeys).toEqual(two);
});
