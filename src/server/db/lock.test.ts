import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, spawnServer, startServer, type RunningServer } from '../../../test/server-process.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoAccountEmail } from '../../modules/demo/data.js';
import { openDatabase } from './client.js';
import { auditEvents } from '../audit/schema.js';
import { sessions } from '../../modules/auth/schema.js';
import { people } from '../../modules/org/schema.js';
import { eq } from 'drizzle-orm';

/** These start real server processes: the lock is about processes, so nothing less would test it. */

const dirs: string[] = [];
const running: RunningServer[] = [];
const tempDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-lock-'));
  dirs.push(dir);
  return path.join(dir, 'data');
};

afterAll(async () => {
  for (const server of running) await server.stop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const listFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('mup.lock'))
    .sort();

async function signInAsHr(url: string) {
  const client = new ApiClient(url);
  const res = await client.request('POST', '/auth/sign-in', {
    email: demoAccountEmail('hr'),
    password: DEMO_PASSWORD,
  });
  expect(res.status).toBe(200);
  return client;
}

describe('the PGlite data-directory lock', () => {
  it('refuses a second server on the same DATA_DIR while the first keeps every row', async () => {
    const dataDir = tempDataDir();
    const env = { DATA_DIR: dataDir, DEMO: 'true' };
    const first = await startServer(env);
    running.push(first);
    expect(first.output().stdout).toContain(demoAccountEmail('hr'));
    const lockFile = path.join(dataDir, 'mup.lock');
    expect(fs.readFileSync(lockFile, 'utf8').trim()).toBe(String(first.child.pid));

    const hr = await signInAsHr(first.url);
    expect((await hr.request('PATCH', '/auth/me', { locale: 'en' })).status).toBe(200);
    const filesBefore = listFiles(dataDir);

    const second = spawnServer({ ...env, PORT: '0' });
    const refused = await second.exited;
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `The data directory ${dataDir} is in use by another MUP process (pid ${first.child.pid})`,
    );
    expect(refused.stdout).not.toContain('Database:');
    expect(refused.stdout).not.toContain('demo organisation');
    // Nothing was touched: the lock is still the first's, and no file appeared or vanished.
    expect(fs.readFileSync(lockFile, 'utf8').trim()).toBe(String(first.child.pid));
    expect(listFiles(dataDir)).toEqual(filesBefore);

    // The first goes on working and writing after the refusal.
    const me = await hr.request('GET', '/auth/me');
    expect(me.status).toBe(200);
    expect(me.json.person.locale).toBe('en');
    const again = await signInAsHr(first.url);
    expect((await again.request('GET', '/auth/me')).status).toBe(200);

    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(fs.existsSync(lockFile)).toBe(false);

    // After a restart every row the first wrote is there, the demo is not made twice, and the
    // sessions from before the restart still work.
    const restarted = await startServer(env);
    running.push(restarted);
    expect(restarted.output().stdout).toContain('is here from an earlier start');
    expect(restarted.output().stdout).not.toContain('Created the demo organisation');
    const meAfter = await hr.moveTo(restarted.url).request('GET', '/auth/me');
    expect(meAfter.status).toBe(200);
    expect(meAfter.json.person.locale).toBe('en');
    expect((await again.moveTo(restarted.url).request('GET', '/auth/me')).status).toBe(200);
    expect((await restarted.stop()).code).toBe(0);

    const database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      const [hrPerson] = await database.db
        .select()
        .from(people)
        .where(eq(people.email, demoAccountEmail('hr')));
      const signIns = await database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, 'auth.sign_in'));
      expect(signIns.filter((e) => e.subjectPersonId === hrPerson!.id)).toHaveLength(2);
      const hrSessions = await database.db.select().from(sessions).where(eq(sessions.personId, hrPerson!.id));
      expect(hrSessions).toHaveLength(2);
      expect(await database.db.$count(people)).toBe(DEMO_PEOPLE.length);
    } finally {
      await database.close();
    }
  }, 240_000);

  it('takes over a lock left by a process that no longer runs', async () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    // A pid that surely ran and is now gone: a child that has exited.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const deadPid = Number(gone.stdout);
    expect(deadPid).toBeGreaterThan(0);
    fs.writeFileSync(path.join(dataDir, 'mup.lock'), String(deadPid));

    const server = await startServer({ DATA_DIR: dataDir, DEMO: 'true' });
    running.push(server);
    expect(fs.readFileSync(path.join(dataDir, 'mup.lock'), 'utf8').trim()).toBe(String(server.child.pid));
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('stale'))).toEqual([]);
    await signInAsHr(server.url);
    expect((await server.stop()).code).toBe(0);
  }, 120_000);
});
