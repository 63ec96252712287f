import { and, eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { TEST_PASSWORD, buildOrg, buildPerson, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { linkToken, mailsTo } from '../../../test/outbox.js';
import { sessionFrom } from '../../../test/session-cookies.js';
import { createApp } from '../../server/app.js';
import { passwordResetLimiter, resetRateLimits } from '../../server/http/rate-limit.js';
import { auditEvents } from '../../server/audit/schema.js';
import { people } from '../org/schema.js';
import { authTokens } from './schema.js';
import { hashToken } from './tokens.js';

const NEW_PASSWORD = 'en-helt-ny-adgangskode';

describeEachEngine('password reset', (env) => {
  beforeEach(() => resetRateLimits());

  it('mails a reset link in the person’s language and answers unknown addresses the same way', async () => {
    const { app, database, config } = env();
    const org = await buildOrg(database.db, { name: 'Egedal Kommune' });
    const dane = await buildPerson(database.db, org, { name: 'Dorthe Hansen' });
    const brit = await buildPerson(database.db, org, { name: 'Mary Smith', locale: 'en' });

    const known = await call(app, 'POST', '/api/auth/password-reset', {
      body: { email: dane.email!.toUpperCase() },
    });
    const unknown = await call(app, 'POST', '/api/auth/password-reset', {
      body: { email: 'ingen@example.dk' },
    });
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(unknown.text).toBe(known.text);

    const [mail] = await mailsTo(database.db, org.id, dane.email!);
    expect(mail!.subject).toBe('Ny adgangskode til MUP');
    expect(mail!.text).toContain('Hej Dorthe Hansen');
    expect(mail!.text).toContain('Egedal Kommune');
    expect(mail!.text).toContain(`${config.publicUrl}/set-password?token=`);
    const token = linkToken(mail!.text);
    const [stored] = await database.db
      .select()
      .from(authTokens)
      .where(eq(authTokens.tokenHash, hashToken(token)));
    expect(stored!.kind).toBe('reset');
    expect(stored!.personId).toBe(dane.id);
    // One hour, and the token itself is never stored.
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(3600_000);
    expect(stored!.tokenHash).not.toContain(token);

    await call(app, 'POST', '/api/auth/password-reset', { body: { email: brit.email } });
    const [english] = await mailsTo(database.db, org.id, brit.email!);
    expect(english!.subject).toBe('New password for MUP');
    expect(english!.text).toContain('Hello Mary Smith');
  });

  it('sends nothing to a deactivated person or one without a matching organisation', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const gone = await buildPerson(database.db, org, { active: false });
    const other = await buildPerson(database.db, org);
    expect(
      (await call(app, 'POST', '/api/auth/password-reset', { body: { email: gone.email } })).status,
    ).toBe(200);
    const wrongOrg = await call(app, 'POST', '/api/auth/password-reset', {
      body: { email: other.email, organisation: 'en-anden-kommune' },
    });
    expect(wrongOrg.status).toBe(200);
    expect(await mailsTo(database.db, org.id, gone.email!)).toHaveLength(0);
    expect(await mailsTo(database.db, org.id, other.email!)).toHaveLength(0);
    await call(app, 'POST', '/api/auth/password-reset', {
      body: { email: other.email, organisation: org.slug },
    });
    expect(await mailsTo(database.db, org.id, other.email!)).toHaveLength(1);
  });

  it('shows who a link is for, sets the password once, signs in and ends the old sessions', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db, { name: 'Furesø Kommune' });
    const person = await buildPerson(database.db, org, { name: 'Bo Berg' });
    const oldSession = await signInAs(database.db, env().config, person);
    // Locked out by wrong guesses: the reset link works all the same.
    for (let i = 0; i < 5; i++)
      await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: person.email, password: 'forkert-gæt' },
      });
    expect(
      (
        await call(app, 'POST', '/api/auth/sign-in', {
          body: { email: person.email, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(423);
    await call(app, 'POST', '/api/auth/password-reset', { body: { email: person.email } });
    const token = linkToken((await mailsTo(database.db, org.id, person.email!))[0]!.text);

    const info = await call(app, 'GET', `/api/auth/tokens/${token}`);
    expect(info.status).toBe(200);
    expect(info.json).toEqual({ kind: 'reset', personName: 'Bo Berg', organisationName: 'Furesø Kommune' });

    const set = await call(app, 'POST', '/api/auth/set-password', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(set.status).toBe(200);
    const session = sessionFrom(set, person.id);
    const me = await call(app, 'GET', '/api/auth/me', { as: session });
    expect(me.json.person.id).toBe(person.id);
    expect((await call(app, 'GET', '/api/auth/me', { as: oldSession })).status).toBe(401);

    // The lock is cleared and the new password works; the old one does not.
    const [row] = await database.db.select().from(people).where(eq(people.id, person.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(
      (
        await call(app, 'POST', '/api/auth/sign-in', {
          body: { email: person.email, password: NEW_PASSWORD },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call(app, 'POST', '/api/auth/sign-in', {
          body: { email: person.email, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(401);

    const again = await call(app, 'POST', '/api/auth/set-password', {
      body: { token, password: 'endnu-en-adgangskode' },
    });
    expect(again.status).toBe(410);
    expect(again.json.error.reason).toBe('token_used');
    expect((await call(app, 'GET', `/api/auth/tokens/${token}`)).json.error.reason).toBe('token_used');

    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'auth.password_set')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.subjectPersonId).toBe(person.id);
  });

  it('lets only one of two racing requests use a link', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org);
    await call(app, 'POST', '/api/auth/password-reset', { body: { email: person.email } });
    const token = linkToken((await mailsTo(database.db, org.id, person.email!))[0]!.text);
    const results = await Promise.all([
      call(app, 'POST', '/api/auth/set-password', { body: { token, password: 'den-foerste-adgangskode' } }),
      call(app, 'POST', '/api/auth/set-password', { body: { token, password: 'den-anden-adgangskode' } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
    expect(results.find((r) => r.status === 410)!.json.error.reason).toBe('token_used');
    const winner = results[0]!.status === 200 ? 'den-foerste-adgangskode' : 'den-anden-adgangskode';
    expect(
      (await call(app, 'POST', '/api/auth/sign-in', { body: { email: person.email, password: winner } }))
        .status,
    ).toBe(200);
  });

  it('refuses an expired link, an unknown one and a too short password', async () => {
    const { database, config } = env();
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org);
    let clock = new Date();
    const app = createApp({ config, database, serveWeb: false, now: () => clock });
    await call(app, 'POST', '/api/auth/password-reset', { body: { email: person.email } });
    const token = linkToken((await mailsTo(database.db, org.id, person.email!))[0]!.text);

    const short = await call(app, 'POST', '/api/auth/set-password', { body: { token, password: 'kort' } });
    expect(short.status).toBe(400);
    expect(short.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['password']);

    clock = new Date(clock.getTime() + 61 * 60_000);
    const expired = await call(app, 'GET', `/api/auth/tokens/${token}`);
    expect(expired.status).toBe(410);
    expect(expired.json.error.reason).toBe('token_expired');
    const late = await call(app, 'POST', '/api/auth/set-password', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(late.status).toBe(410);
    expect(late.json.error.reason).toBe('token_expired');

    const unknown = await call(app, 'GET', '/api/auth/tokens/dette-er-ikke-et-rigtigt-token');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.reason).toBe('token_invalid');
    const mangled = await call(app, 'GET', '/api/auth/tokens/x');
    expect(mangled.status).toBe(404);
  });

  it('refuses the link of a person who was deactivated after it was sent', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org);
    await call(app, 'POST', '/api/auth/password-reset', { body: { email: person.email } });
    const token = linkToken((await mailsTo(database.db, org.id, person.email!))[0]!.text);
    await database.db.update(people).set({ active: false }).where(eq(people.id, person.id));
    const res = await call(app, 'POST', '/api/auth/set-password', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(res.status).toBe(404);
    expect(res.json.error.reason).toBe('token_invalid');
  });

  it('limits reset requests per IP and mails per address without telling', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org);
    for (let i = 0; i < 5; i++) {
      const res = await call(app, 'POST', '/api/auth/password-reset', { body: { email: person.email } });
      expect(res.status).toBe(200);
    }
    // Three mails an hour to one address; the fourth and fifth request were answered the same.
    expect(await mailsTo(database.db, org.id, person.email!)).toHaveLength(3);
    for (let i = 5; i < passwordResetLimiter.limit; i++) {
      await call(app, 'POST', '/api/auth/password-reset', { body: { email: `nogen-${i}@example.dk` } });
    }
    const limited = await call(app, 'POST', '/api/auth/password-reset', {
      body: { email: 'endnu-en@example.dk' },
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60);
  });
});
