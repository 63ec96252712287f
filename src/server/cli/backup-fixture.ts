// The backup tests' working folder, source database and snapshots (not used by the app).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import {
  buildOrg,
  buildPerson,
  buildTeam,
  buildTwoLayerOrg,
  buildUnit,
  signInAs,
} from '../../../test/factories.js';
import { dropPostgresDatabase, freshPostgresDatabase } from '../../../test/postgres-databases.js';
import { writeAudit } from '../audit/write.js';
import { testConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { REPO_ROOT, childEnv } from '../../../test/server-process.js';
import { enqueue } from '../jobs/queue.js';
import { jobs } from '../jobs/schema.js';
import { queueMail } from '../mail/send.js';
import { authTokens, signInThrottle } from '../../modules/auth/schema.js';
import { imports } from '../../modules/import/schema.js';
import { oidcProviders } from '../../modules/oidc/schema.js';
import { quoteIdent, readSequences, readTables } from './catalog.js';
import { connect, type CliTarget } from './connection.js';

export function runNpm(script: 'backup' | 'restore', target: string, env: Record<string, string>) {
  return spawnSync('npm', ['run', '-s', script, '--', ...(target ? [target] : [])], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: childEnv({ NODE_ENV: 'test', ...env }),
  });
}

export const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-backup-'));
const pgUrls: string[] = [];
export const pglite = (name: string): CliTarget => ({ engine: 'pglite', dataDir: path.join(root, name) });
export const file = (name: string) => path.join(root, `${name}.mupbackup.gz`);

/** Drops the PostgreSQL databases made here and removes the working folder: the test file's afterAll. */
export async function cleanUp() {
  for (const url of pgUrls) await dropPostgresDatabase(url);
  fs.rmSync(root, { recursive: true, force: true });
}

export async function freshPostgres(suffix: string): Promise<CliTarget> {
  const url = await freshPostgresDatabase(suffix);
  pgUrls.push(url!);
  return { engine: 'postgres', url: url! };
}

/** Every row of every table as text, in one time zone, plus the sequences: two equal snapshots are equal databases. */
export async function snapshot(target: CliTarget) {
  const conn = await connect(target, { create: false });
  try {
    await conn.query(`set timezone to 'UTC'`);
    const tables: Record<string, string[]> = {};
    for (const t of await readTables(conn)) {
      const rows = await conn.query<{ j: string }>(
        `select row_to_json(t)::text as j from ${quoteIdent(t.name)} t`,
      );
      tables[t.name] = rows.map((r) => r.j).sort();
    }
    return { tables, sequences: await readSequences(conn) };
  } finally {
    await conn.close();
  }
}

/** A source database with something in every table: several organisations, people, units, teams, audit rows, jobs. */
export async function buildSource(target: CliTarget & { engine: 'pglite' }) {
  const database = await openDatabase(target);
  const db = database.db;
  const config = testConfig();
  try {
    const first = await buildTwoLayerOrg(db);
    const second = await buildTwoLayerOrg(db);
    const third = await buildOrg(db, {
      name: 'Æblerød Kommune – «special» \'quotes\' "and" \\ backslash',
      accessibilityUrl: 'https://example.dk/was',
    });
    const unit = await buildUnit(db, third, { name: 'Ældreplejen Ø', externalId: 'Ø-1' });
    const child = await buildUnit(db, third, { name: 'Nattevagten', parentId: unit.id, kind: 'department' });
    // A child created before its parent is re-parented: the backup must still put parents first.
    const early = await buildUnit(db, third, { name: 'Tidlig enhed', kind: 'department' });
    const late = await buildUnit(db, third, { name: 'Sen forælder', kind: 'area' });
    await db.execute(sql`update units set parent_id = ${late.id} where id = ${early.id}`);
    const person = await buildPerson(db, third, {
      name: 'Søren Ærø-Åberg 👩‍⚕️',
      jobTitle: null,
      lastSignInAt: new Date('2030-01-02T03:04:05.678Z'),
      roles: [
        { unit: child, role: 'employee' },
        { unit, role: 'resource_person' },
      ],
    });
    await buildTeam(db, third, { unit: null, kind: 'leader_peer_group', members: [person, first.leaderA] });
    await buildTeam(db, first.org, {
      unit: first.units.room,
      kind: 'unit_staff',
      members: [first.employeeA],
    });
    await signInAs(db, config, first.hr);
    await signInAs(db, config, person);
    // The one table without org_id: counts of failed sign-ins per address.
    await db.insert(signInThrottle).values({
      key: 'k-1',
      addressKey: 'a-1',
      failures: 3,
      lockedUntil: new Date('2030-01-02T03:04:05.678Z'),
    });
    for (const org of [first.org, second.org, third]) {
      await writeAudit(
        db,
        { actor: null, orgId: org.id },
        {
          action: 'test.event',
          entityType: 'organisation',
          entityId: org.id,
          details: { nested: { list: [1, 2.5, 'tre', null, true] }, text: 'linje 1\nlinje 2\ttab' },
        },
      );
    }
    await queueMail(db, {
      orgId: first.org.id,
      to: first.hr.email!,
      subject: 'Velkommen',
      text: 'Hej\nDu er inviteret',
      ics: 'BEGIN:VCALENDAR',
    });
    await enqueue(db, {
      orgId: second.org.id,
      kind: 'test.kind',
      payload: { a: { b: [1] } },
      dedupeKey: 'k1',
    });
    await enqueue(db, { orgId: second.org.id, kind: 'test.gone', payload: {} });
    // A deleted job leaves the sequence ahead of the highest id; the restore must keep that.
    await db.delete(jobs).where(eq(jobs.kind, 'test.gone'));
    await db.insert(imports).values({
      orgId: first.org.id,
      createdBy: first.hr.id,
      kind: 'people',
      status: 'previewed',
      filename: 'medarbejdere.csv',
      content: 'navn;email\nÅse;aase@example.dk\n',
      total: 1,
      errors: [{ line: 2, field: 'email', reason: 'email_taken', message: 'taken' }],
    });
    await db.insert(authTokens).values({
      orgId: third.id,
      personId: person.id,
      kind: 'invite',
      tokenHash: 'a'.repeat(64),
      expiresAt: new Date('2031-05-06T07:08:09.010Z'),
    });
    await db.insert(oidcProviders).values({
      orgId: second.org.id,
      displayName: 'Entra ID',
      issuer: 'https://login.example',
      clientId: 'mup',
    });
    return { hrEmail: first.hr.email! };
  } finally {
    await database.close();
  }
}

/** The tables buildSource puts rows in: the platform's and the organisation's. */
export const FILLED_TABLES = [
  'organisations',
  'units',
  'people',
  'memberships',
  'teams',
  'team_members',
  'sessions',
  'auth_tokens',
  'audit_events',
  'jobs',
  'mail_outbox',
  'imports',
  'oidc_providers',
];
