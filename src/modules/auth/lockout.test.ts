import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { TEST_PASSWORD, buildOrg, buildPerson } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { linkToken, mailsTo } from '../../../test/outbox.js';
import { createApp } from '../../server/app.js';
import { resetRateLimits } from '../../server/http/rate-limit.js';
import { GLOBAL_FAILURES, GLOBAL_LOCK_MS } from './lockout.js';

/**
 * The probe's finding: after five wrong passwords a real address answered 423 with Retry-After
 * while an unknown one kept answering 401, so the lockout told which addresses have accounts;
 * and the lock was per address, so anyone could keep a colleague locked out.
 */

const WRONG = 'forkert-kodeord';

describeEachEngine(
  'sign-in lockout',
  (env) => {
    beforeEach(() => resetRateLimits());

    /** An app whose clock the test moves. */
    const withClock = () => {
      const clock = { now: new Date() };
      const { config, database } = env();
      const app = createApp({ config, database, serveWeb: false, now: () => clock.now });
      return { app, clock };
    };

    const signIn = (
      app: ReturnType<typeof env>['app'],
      email: string,
      password: string,
      ip: string,
      cookie?: string,
    ) =>
      call(app, 'POST', '/api/auth/sign-in', {
        headers: { 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) },
        body: { email, password },
      });

    const deviceCookie = (res: { headers: Headers }) =>
      res.headers
        .getSetCookie()
        .find((c) => c.startsWith('mup_device='))
        ?.split(';')[0];

    it('answers a real address and an unknown one the same, attempt by attempt, locked or not', async () => {
      const { app, database } = env();
      const person = await buildPerson(database.db, await buildOrg(database.db));
      const unknown = `ingen-${person.email}`;
      const shape = (res: Awaited<ReturnType<typeof signIn>>) => ({
        status: res.status,
        body: res.json,
        retryAfter: res.headers.get('retry-after'),
        contentType: res.headers.get('content-type'),
        setCookie: res.headers.getSetCookie(),
      });
      const times: Record<'real' | 'unknown', number[]> = { real: [], unknown: [] };
      for (let i = 1; i <= 7; i++) {
        const answers = [];
        for (const [which, email] of [
          ['real', person.email!],
          ['unknown', unknown],
        ] as const) {
          const started = performance.now();
          const res = await signIn(app, email, WRONG, '203.0.113.20');
          times[which].push(performance.now() - started);
          answers.push(shape(res));
        }
        expect(answers[1], `attempt ${i}`).toEqual(answers[0]);
        expect(answers[0]!.status).toBe(i < 5 ? 401 : 423);
      }
      // The first four (checked with argon2) take about as long for both.
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const ratio = median(times.unknown.slice(0, 4)) / median(times.real.slice(0, 4));
      expect(ratio).toBeGreaterThan(0.33);
      expect(ratio).toBeLessThan(3);
    });

    it('locks one client out of one address: the owner elsewhere, or on a browser they used before, gets in', async () => {
      const { app, database } = env();
      const person = await buildPerson(database.db, await buildOrg(database.db));
      // The owner signed in at the office before: their browser has a device cookie.
      const before = await signIn(app, person.email!, TEST_PASSWORD, '192.0.2.10');
      expect(before.status).toBe(200);
      const device = deviceCookie(before);
      expect(device).toBeTruthy();

      // A colleague behind the same office address guesses until locked.
      for (let i = 0; i < 5; i++) await signIn(app, person.email!, WRONG, '192.0.2.10');
      expect((await signIn(app, person.email!, TEST_PASSWORD, '192.0.2.10')).status).toBe(423);
      // The owner's browser, on the same address, and the owner anywhere else still get in.
      expect((await signIn(app, person.email!, TEST_PASSWORD, '192.0.2.10', device)).status).toBe(200);
      expect((await signIn(app, person.email!, TEST_PASSWORD, '198.51.100.4')).status).toBe(200);
      // A device cookie made for another address does not count.
      const other = await buildPerson(database.db, await buildOrg(database.db));
      for (let i = 0; i < 5; i++) await signIn(app, other.email!, WRONG, '192.0.2.10', device);
      expect((await signIn(app, other.email!, TEST_PASSWORD, '192.0.2.10', device)).status).toBe(423);
    });

    it('caps guesses at an address from many clients for a while, never for good, and never the owner', async () => {
      const { app, clock } = withClock();
      const { database } = env();
      const org = await buildOrg(database.db);
      const person = await buildPerson(database.db, org);
      const known = await signIn(app, person.email!, TEST_PASSWORD, '192.0.2.50');
      const device = deviceCookie(known);
      // Four guesses from each of many addresses: no client is locked on its own.
      for (let i = 0; i < GLOBAL_FAILURES; i++) {
        const res = await signIn(app, person.email!, WRONG, `198.51.100.${Math.floor(i / 4)}`);
        expect(res.status).toBe(i < GLOBAL_FAILURES - 1 ? 401 : 423);
      }
      // Now the address is locked for clients it has not seen, the right password too...
      const fresh = await signIn(app, person.email!, TEST_PASSWORD, '203.0.113.99');
      expect(fresh.status).toBe(423);
      expect(Number(fresh.headers.get('retry-after'))).toBe(GLOBAL_LOCK_MS / 1000);
      // ...but not for the owner's own browser,
      expect((await signIn(app, person.email!, TEST_PASSWORD, '203.0.113.99', device)).status).toBe(200);
      // and only for a while.
      clock.now = new Date(clock.now.getTime() + GLOBAL_LOCK_MS + 1000);
      expect((await signIn(app, person.email!, TEST_PASSWORD, '203.0.113.98')).status).toBe(200);
    });

    it('a reset link works while the address is locked, and the new password clears the lock', async () => {
      const { app, database } = env();
      const org = await buildOrg(database.db);
      const person = await buildPerson(database.db, org);
      for (let i = 0; i < 5; i++) await signIn(app, person.email!, WRONG, '203.0.113.30');
      expect((await signIn(app, person.email!, TEST_PASSWORD, '203.0.113.30')).status).toBe(423);
      await call(app, 'POST', '/api/auth/password-reset', {
        headers: { 'x-forwarded-for': '203.0.113.30' },
        body: { email: person.email },
      });
      const token = linkToken((await mailsTo(database.db, org.id, person.email!))[0]!.text);
      const set = await call(app, 'POST', '/api/auth/set-password', {
        headers: { 'x-forwarded-for': '203.0.113.30' },
        body: { token, password: 'et-helt-nyt-kodeord' },
      });
      expect(set.status).toBe(200);
      expect((await signIn(app, person.email!, 'et-helt-nyt-kodeord', '203.0.113.30')).status).toBe(200);
    });
  },
  { trustProxy: true },
);
