import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { TEST_PASSWORD, buildOrg, buildPerson, buildUnit } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { eq } from 'drizzle-orm';
import { lockRemaining, throttleKeys } from './lockout.js';
import { signInThrottle } from './schema.js';

describeEachEngine('sign-in', (env) => {
  it('signs in with the right password and reads /auth/me with the session cookie', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const unit = await buildUnit(database.db, org);
    const person = await buildPerson(database.db, org, { roles: [{ unit, role: 'employee' }] });
    const res = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: person.email!.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/mup_session=[^;]+;.*HttpOnly/i);
    const session = /mup_session=([^;]+)/.exec(setCookie)![1];
    const me = await call(app, 'GET', '/api/auth/me', { headers: { cookie: `mup_session=${session}` } });
    expect(me.status).toBe(200);
    expect(me.json.person.name).toBe(person.name);
    expect(me.json.memberships).toEqual([{ unitId: unit.id, unitName: unit.name, role: 'employee' }]);
  });

  it('refuses a wrong password with a specific reason and locks after repeated failures', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org);
    for (let i = 1; i <= 4; i++) {
      const res = await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: person.email, password: 'forkert-kodeord' },
      });
      expect(res.status).toBe(401);
      expect(res.json.error.reason).toBe('invalid_credentials');
    }
    const fifth = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: person.email, password: 'forkert-kodeord' },
    });
    expect(fifth.status).toBe(423);
    expect(fifth.json.error.reason).toBe('account_locked');
    const right = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: person.email, password: TEST_PASSWORD },
    });
    expect(right.status).toBe(423);
  });

  it('counts every one of many parallel wrong guesses, so they cannot slip past the lockout', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org);
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(app, 'POST', '/api/auth/sign-in', {
          body: { email: person.email, password: `gæt-${i}-forkert` },
        }),
      ),
    );
    expect(guesses.map((g) => g.status).sort()).toEqual([401, 401, 401, 401, 423, 423, 423, 423]);
    const attempt = { email: person.email!, client: { kind: 'ip', ip: 'local' } } as const;
    const [row] = await database.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, throttleKeys(env().config, attempt).client));
    expect(row!.failures).toBe(8);
    expect(await lockRemaining(database.db, env().config, attempt, new Date())).toBeGreaterThan(0);
    const right = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: person.email, password: TEST_PASSWORD },
    });
    expect(right.status).toBe(423);
  });

  it('answers 401 without a session and 400 for malformed input', async () => {
    const { app } = env();
    expect((await call(app, 'GET', '/api/auth/me')).status).toBe(401);
    const bad = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: 'ikke-en-mail', password: '' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('VALIDATION');
    expect(bad.json.error.issues.map((i: { path: string }) => i.path)).toContain('email');
  });
});
