import { eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { TEST_PASSWORD, buildOrg, buildPerson, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { sessionFrom } from '../../../test/session-cookies.js';
import { createApp } from '../../server/app.js';
import { resetRateLimits } from '../../server/http/rate-limit.js';
import { people } from '../org/schema.js';
import { sessions } from './schema.js';

const HOUR = 3600_000;

describeEachEngine('sessions, password change and language', (env) => {
  beforeEach(() => resetRateLimits());

  it('ends a session at its absolute lifetime even when it is in use', async () => {
    const { database, config } = env();
    const person = await buildPerson(database.db, await buildOrg(database.db));
    let clock = new Date();
    const app = createApp({
      config: { ...config, sessionHours: 12, sessionIdleMinutes: 24 * 60 },
      database,
      serveWeb: false,
      now: () => clock,
    });
    const session = sessionFrom(
      await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: person.email, password: TEST_PASSWORD },
      }),
    );
    const start = clock.getTime();
    clock = new Date(start + 6 * HOUR);
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).status).toBe(200);
    clock = new Date(start + 12 * HOUR - 60_000);
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).status).toBe(200);
    clock = new Date(start + 12 * HOUR + 60_000);
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).status).toBe(401);
  });

  it('ends a session after the idle timeout, and use keeps it alive', async () => {
    const { database, config } = env();
    const person = await buildPerson(database.db, await buildOrg(database.db));
    let clock = new Date();
    const app = createApp({
      config: { ...config, sessionIdleMinutes: 120 },
      database,
      serveWeb: false,
      now: () => clock,
    });
    const session = sessionFrom(
      await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: person.email, password: TEST_PASSWORD },
      }),
    );
    const start = clock.getTime();
    // Used every 110 minutes: still signed in after more than two hours in all.
    clock = new Date(start + 110 * 60_000);
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).status).toBe(200);
    clock = new Date(start + 220 * 60_000);
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).status).toBe(200);
    // Then left alone for 121 minutes.
    clock = new Date(start + 341 * 60_000);
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).status).toBe(401);
    expect(await database.db.select().from(sessions).where(eq(sessions.personId, person.id))).toHaveLength(0);
  });

  it('a device remembered at sign-in keeps the session for the remembered days, idle or not; others do not', async () => {
    const { database, config } = env();
    const person = await buildPerson(database.db, await buildOrg(database.db));
    let clock = new Date();
    const app = createApp({
      config: { ...config, sessionHours: 12, sessionIdleMinutes: 120, sessionRememberDays: 30 },
      database,
      serveWeb: false,
      now: () => clock,
    });
    const signIn = (remember?: boolean) =>
      call(app, 'POST', '/api/auth/sign-in', {
        body: {
          email: person.email,
          password: TEST_PASSWORD,
          ...(remember === undefined ? {} : { remember }),
        },
      });
    const rememberedRes = await signIn(true);
    const remembered = sessionFrom(rememberedRes);
    const plain = sessionFrom(await signIn(false));
    const start = clock.getTime();
    // The cookie itself outlives the browser: it carries the session's end, thirty days on.
    const cookie = rememberedRes.headers.getSetCookie().find((c) => c.startsWith('mup_session='))!;
    const expires = new Date(/Expires=([^;]+)/i.exec(cookie)![1]!).getTime();
    expect(Math.abs(expires - (start + 30 * 24 * HOUR))).toBeLessThan(5_000);
    // Three days without use (a phone in a pocket between two staff meetings).
    clock = new Date(start + 3 * 24 * HOUR);
    expect((await call(app, 'GET', '/api/auth/me', { as: remembered })).status).toBe(200);
    expect((await call(app, 'GET', '/api/auth/me', { as: plain })).status).toBe(401);
    clock = new Date(start + 30 * 24 * HOUR + 60_000);
    expect((await call(app, 'GET', '/api/auth/me', { as: remembered })).status).toBe(401);
    const rows = await database.db.select().from(sessions).where(eq(sessions.personId, person.id));
    // The plain session ran out by its lifetime (12 hours); only the remembered one lasted 30 days.
    expect(
      rows.map((r) => [r.remembered, (r.expiresAt.getTime() - r.createdAt.getTime()) / HOUR]).sort(),
    ).toEqual([
      [false, 12],
      [true, 30 * 24],
    ]);
    const bad = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: person.email, password: TEST_PASSWORD, remember: 'ja' },
    });
    expect(bad.status).toBe(400);
  });

  it('signs out: the cookie no longer works and is cleared', async () => {
    const { app, database } = env();
    const person = await buildPerson(database.db, await buildOrg(database.db));
    const session = sessionFrom(
      await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: person.email, password: TEST_PASSWORD },
      }),
    );
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).status).toBe(200);
    const out = await call(app, 'POST', '/api/auth/sign-out', { as: session });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join('\n')).toMatch(/mup_session=;.*Max-Age=0/);
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).status).toBe(401);
  });

  it('ends the session of a person who is deactivated', async () => {
    const { app, database, config } = env();
    const person = await buildPerson(database.db, await buildOrg(database.db));
    const session = await signInAs(database.db, config, person);
    await database.db.update(people).set({ active: false }).where(eq(people.id, person.id));
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).status).toBe(401);
  });

  it('tells a locked account how long to wait', async () => {
    const { app, database } = env();
    const person = await buildPerson(database.db, await buildOrg(database.db));
    for (let i = 0; i < 5; i++)
      await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: person.email, password: 'forkert-gæt' },
      });
    const res = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: person.email, password: TEST_PASSWORD },
    });
    expect(res.status).toBe(423);
    expect(res.json.error.reason).toBe('account_locked');
    // The fifth failure locks for a minute.
    expect(res.json.error.retryAfter).toBeGreaterThan(45);
    expect(res.json.error.retryAfter).toBeLessThanOrEqual(60);
    expect(Number(res.headers.get('retry-after'))).toBe(res.json.error.retryAfter);
  });

  it('checks the current password, keeps this session and ends the others', async () => {
    const { app, database, config } = env();
    const person = await buildPerson(database.db, await buildOrg(database.db));
    const here = await signInAs(database.db, config, person);
    const elsewhere = await signInAs(database.db, config, person);

    const wrong = await call(app, 'POST', '/api/auth/change-password', {
      as: here,
      body: { currentPassword: 'ikke-det-rigtige', newPassword: 'mit-nye-kodeord-123' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.reason).toBe('wrong_password');
    expect((await call(app, 'GET', '/api/auth/me', { as: elsewhere })).status).toBe(200);

    const weak = await call(app, 'POST', '/api/auth/change-password', {
      as: here,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'kort' },
    });
    expect(weak.status).toBe(400);
    expect(weak.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['newPassword']);

    const ok = await call(app, 'POST', '/api/auth/change-password', {
      as: here,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'mit-nye-kodeord-123' },
    });
    expect(ok.status).toBe(200);
    expect((await call(app, 'GET', '/api/auth/me', { as: here })).status).toBe(200);
    expect((await call(app, 'GET', '/api/auth/me', { as: elsewhere })).status).toBe(401);
    const signIn = (password: string) =>
      call(app, 'POST', '/api/auth/sign-in', { body: { email: person.email, password } });
    expect((await signIn(TEST_PASSWORD)).status).toBe(401);
    expect((await signIn('mit-nye-kodeord-123')).status).toBe(200);
  });

  it('needs a session', async () => {
    const { app } = env();
    const res = await call(app, 'POST', '/api/auth/change-password', {
      body: { currentPassword: TEST_PASSWORD, newPassword: 'mit-nye-kodeord-123' },
    });
    expect(res.status).toBe(401);
  });

  it('saves the language on the account', async () => {
    const { app, database, config } = env();
    const person = await buildPerson(database.db, await buildOrg(database.db));
    const session = await signInAs(database.db, config, person);
    expect((await call(app, 'PATCH', '/api/auth/me', { as: session, body: { locale: 'en' } })).status).toBe(
      200,
    );
    expect((await call(app, 'GET', '/api/auth/me', { as: session })).json.person.locale).toBe('en');
    expect((await call(app, 'PATCH', '/api/auth/me', { as: session, body: { locale: 'de' } })).status).toBe(
      400,
    );
  });
});
