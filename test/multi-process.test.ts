import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/server/db/client.js';
import { jobs } from '../src/server/jobs/schema.js';
import { queueMail } from '../src/server/mail/send.js';
import { agreements } from '../src/modules/conversations/schema.js';
import { addDays, copenhagenTime, localDay, localParts } from '../src/shared/time.js';
import { TEST_PASSWORD, buildTwoLayerOrg } from './factories.js';
import { dropPostgresDatabase, freshPostgresDatabase } from './postgres-databases.js';
import { ApiClient, REPO_ROOT, freePort, startServer, type RunningServer } from './server-process.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

/**
 * Two real server processes on one PostgreSQL database, behind a round-robin proxy (every request
 * goes to the other process than the one before): what one process does, the other must respect.
 * Needs TEST_DATABASE_URL (and CREATEDB): PGlite allows one process per data directory anyway.
 */

const base = process.env.TEST_DATABASE_URL;
/**
 * The servers' clock: after the digest hour (07:00 in Copenhagen), so the reminder tick has work
 * whatever the real time, and within hours of it (a session cookie may not expire 400 days ahead).
 */
function morningClock(): Date {
  const now = new Date();
  const local = localParts(now);
  return local.hour >= 8 ? now : copenhagenTime(local.year, local.month, local.day, 8, 0);
}
const MIGRATIONS = (
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'drizzle/meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  }
).entries.length;

/** A tiny reverse proxy that sends each request to the next upstream in turn, and remembers which. */
async function roundRobin(upstreams: string[], port: number) {
  const served: number[] = [];
  let next = 0;
  const server = http.createServer((req, res) => {
    const index = next++ % upstreams.length;
    served.push(index);
    const upstream = http.request(
      new URL(req.url!, upstreams[index]),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      res.writeHead(502);
      res.end(String(err));
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!base)(
  'several app processes on one PostgreSQL database (skipped without TEST_DATABASE_URL)',
  () => {
    let url: string;
    let sink: SmtpSink;
    let database: Database;
    let servers: RunningServer[] = [];
    let proxy: Awaited<ReturnType<typeof roundRobin>>;
    let publicUrl: string;
    let org: Awaited<ReturnType<typeof buildTwoLayerOrg>>;
    const startedTogether: { migrated: number; answered: number[] } = { migrated: 0, answered: [] };

    const startTwo = (env: Record<string, string>) =>
      // Both spawned in the same tick: they reach their migrations at the same moment.
      Promise.all(
        [0, 1].map(() => startServer({ NODE_ENV: 'test', DATABASE_URL: url, DEMO: 'false', ...env })),
      );
    const stopAll = async () => {
      await Promise.all(servers.map((s) => s.stop()));
      servers = [];
    };

    beforeAll(async () => {
      sink = await startSmtpSink();
      url = (await freshPostgresDatabase(`mp_${crypto.randomBytes(4).toString('hex')}`))!;
      const proxyPort = await freePort();
      publicUrl = `http://127.0.0.1:${proxyPort}`;

      // 1. Two processes start at once on an empty database.
      servers = await startTwo({ JOBS: 'false', PUBLIC_URL: publicUrl });
      for (const s of servers) startedTogether.answered.push((await fetch(`${s.url}/api/health`)).status);
      database = await openDatabase({ engine: 'postgres', url, poolSize: 3 });
      const counted = (await database.db.execute(
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      )) as unknown as { rows: { n: number }[] };
      startedTogether.migrated = counted.rows[0]!.n;
      await stopAll();

      // 2. An organisation whose people each have an overdue agreement: each is due a digest.
      org = await buildTwoLayerOrg(database.db);
      const everyone = [
        org.areaLeader,
        org.leaderA,
        org.leaderB,
        org.employeeA,
        org.colleagueA,
        org.employeeB,
        org.hr,
      ];
      await database.db.insert(agreements).values(
        everyone.map((p) => ({
          orgId: org.org.id,
          subjectPersonId: p.id,
          ownerId: p.id,
          text: 'Læse op for de mindste',
          dueDate: addDays(localDay(new Date()), -10),
        })),
      );

      // 3. Both again, now with their job workers and reminder ticks, mailing to the sink.
      servers = await startTwo({
        JOBS: 'true',
        PUBLIC_URL: publicUrl,
        SMTP_URL: sink.url,
        TEST_CLOCK: morningClock().toISOString(),
      });
      proxy = await roundRobin(
        servers.map((s) => s.url),
        proxyPort,
      );
    }, 400_000);

    afterAll(async () => {
      await proxy?.close();
      await stopAll();
      await database?.close();
      await sink?.close();
      if (url) await dropPostgresDatabase(url);
    }, 60_000);

    it('applies the migrations once when both start at the same moment, and both serve', () => {
      expect(startedTogether.answered).toEqual([200, 200]);
      expect(startedTogether.migrated).toBe(MIGRATIONS);
    });

    it('sends one digest per person, though both processes tick', async () => {
      const people = [
        org.areaLeader,
        org.leaderA,
        org.leaderB,
        org.employeeA,
        org.colleagueA,
        org.employeeB,
        org.hr,
      ];
      const digestsTo = (email: string) => sink.mails.filter((m) => m.envelope.to.includes(email));
      await until('a digest for everyone', async () => people.every((p) => digestsTo(p.email!).length > 0));
      // Time for a second digest, had either process queued one.
      await new Promise((r) => setTimeout(r, 3000));
      for (const p of people) {
        const mails = digestsTo(p.email!);
        expect(mails, p.name).toHaveLength(1);
        expect(mails[0]!.text).toContain('Læse op for de mindste');
      }
      const queued = await database.db
        .select({ dedupeKey: jobs.dedupeKey })
        .from(jobs)
        .where(and(eq(jobs.orgId, org.org.id), eq(jobs.kind, 'reminders.digest')));
      expect(queued).toHaveLength(people.length);
      const runs = (await database.db.execute(sql`select task from periodic_runs`)) as unknown as {
        rows: { task: string }[];
      };
      expect(runs.rows).toEqual([{ task: 'reminders.digest' }]);
    }, 120_000);

    it('has each queued mail sent once, by whichever process claims it', async () => {
      const addresses = Array.from({ length: 40 }, (_, i) => `once-${i}@example.dk`);
      await database.db.transaction(async (tx) => {
        for (const to of addresses)
          await queueMail(tx as never, { orgId: org.org.id, to, subject: 'Én gang', text: `Til ${to}` });
      });
      const sentTo = (to: string) => sink.mails.filter((m) => m.envelope.to.includes(to)).length;
      await until('every mail sent', async () => addresses.every((a) => sentTo(a) > 0));
      await new Promise((r) => setTimeout(r, 3000));
      expect(addresses.map(sentTo)).toEqual(addresses.map(() => 1));
      const claims = (await database.db.execute(
        sql`select status, attempts from jobs where org_id = ${org.org.id} and kind = 'mail.send'`,
      )) as unknown as { rows: { status: string; attempts: number }[] };
      expect(claims.rows.length).toBeGreaterThanOrEqual(addresses.length);
      expect(claims.rows.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
    }, 120_000);

    it('keeps a sign-in lockout that both processes see', async () => {
      const client = new ApiClient(publicUrl);
      const email = org.employeeB.email!;
      const from = proxy.served.length;
      for (let i = 0; i < 5; i++) {
        const wrong = await client.request('POST', '/auth/sign-in', { email, password: `forkert-${i}` });
        // The fifth failure locks, whichever process counted the four before it.
        expect(wrong.status).toBe(i < 4 ? 401 : 423);
      }
      // Locked now, on either process, even with the right password.
      for (let i = 0; i < 2; i++) {
        const locked = await client.request('POST', '/auth/sign-in', { email, password: TEST_PASSWORD });
        expect(locked.status).toBe(423);
      }
      expect(new Set(proxy.served.slice(from))).toEqual(new Set([0, 1]));
      // Another address is not affected: its sign-in works through either process.
      const other = new ApiClient(publicUrl);
      expect(
        (
          await other.request('POST', '/auth/sign-in', {
            email: org.employeeA.email,
            password: TEST_PASSWORD,
          })
        ).status,
      ).toBe(200);
      expect((await other.request('GET', '/auth/me')).status).toBe(200);
      expect((await other.request('GET', '/auth/me')).status).toBe(200);
    }, 120_000);

    it('counts a rate limit across both processes', async () => {
      const client = new ApiClient(publicUrl);
      const body = { email: 'nobody-here@example.dk' };
      // 30 reset requests per IP in 15 minutes, counted together: 15 reach each process.
      for (let i = 0; i < 30; i++) {
        const answer = await client.request('POST', '/auth/password-reset', body);
        expect(answer.status, `request ${i + 1}`).toBeLessThan(300);
      }
      const from = proxy.served.length;
      for (let i = 0; i < 2; i++) {
        const refused = await client.request('POST', '/auth/password-reset', body);
        expect(refused.status).toBe(429);
        expect(refused.json.error.code).toBe('RATE_LIMITED');
      }
      expect(new Set(proxy.served.slice(from))).toEqual(new Set([0, 1]));
    }, 120_000);
  },
);
