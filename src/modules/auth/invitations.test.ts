import { and, eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { linkToken, mailsTo } from '../../../test/outbox.js';
import { sessionFrom } from '../../../test/session-cookies.js';
import { resetRateLimits } from '../../server/http/rate-limit.js';
import { auditEvents } from '../../server/audit/schema.js';
import { authTokens } from './schema.js';
import { hashToken } from './tokens.js';

async function orgWithAdmin(env: Parameters<Parameters<typeof describeEachEngine>[1]>[0]) {
  const { database, config } = env();
  const org = await buildOrg(database.db, { name: 'Gribskov Kommune' });
  const unit = await buildUnit(database.db, org);
  const admin = await buildPerson(database.db, org, { name: 'Gitte HR', roles: [{ unit, role: 'hr' }] });
  return { org, unit, admin, session: await signInAs(database.db, config, admin) };
}

describeEachEngine('invitations', (env) => {
  beforeEach(() => resetRateLimits());

  it('mails a week-long link that lets the invited person choose a password and sign in', async () => {
    const { app, database, config } = env();
    const { org, unit, admin, session } = await orgWithAdmin(env);
    const newcomer = await buildPerson(database.db, org, {
      name: 'Niels Ny',
      withPassword: false,
      roles: [{ unit, role: 'employee' }],
    });

    const res = await call(app, 'POST', '/api/auth/invitations', {
      as: session,
      body: { personId: newcomer.id },
    });
    expect(res.status).toBe(200);
    expect(res.json.ok).toBe(true);

    const [mail] = await mailsTo(database.db, org.id, newcomer.email!);
    expect(mail!.subject).toBe('Du er inviteret til MUP hos Gribskov Kommune');
    expect(mail!.text).toContain('Hej Niels Ny');
    expect(mail!.text).toContain('Gitte HR har inviteret dig');
    expect(mail!.text).toContain(`${config.publicUrl}/set-password?token=`);
    const token = linkToken(mail!.text);
    const [stored] = await database.db
      .select()
      .from(authTokens)
      .where(eq(authTokens.tokenHash, hashToken(token)));
    expect(stored!.kind).toBe('invite');
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(7 * 24 * 3600_000);

    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'auth.invitation_sent')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      subjectPersonId: newcomer.id,
      entityId: newcomer.id,
    });
    expect(JSON.stringify(audit[0]!.details)).not.toContain(newcomer.email!);

    const info = await call(app, 'GET', `/api/auth/tokens/${token}`);
    expect(info.json).toEqual({
      kind: 'invite',
      personName: 'Niels Ny',
      organisationName: 'Gribskov Kommune',
    });
    const set = await call(app, 'POST', '/api/auth/set-password', {
      body: { token, password: 'mit-nye-kodeord-123' },
    });
    expect(set.status).toBe(200);
    const me = await call(app, 'GET', '/api/auth/me', { as: sessionFrom(set) });
    expect(me.json.person.name).toBe('Niels Ny');
  });

  it('writes the mail in the invited person’s language', async () => {
    const { app, database } = env();
    const { org, session } = await orgWithAdmin(env);
    const person = await buildPerson(database.db, org, { name: 'Mary Smith', locale: 'en' });
    await call(app, 'POST', '/api/auth/invitations', { as: session, body: { personId: person.id } });
    const [mail] = await mailsTo(database.db, org.id, person.email!);
    expect(mail!.subject).toBe('You are invited to MUP at Gribskov Kommune');
    expect(mail!.text).toContain('Gitte HR has invited you');
  });

  it('replaces an earlier invitation: the old link has expired, the new one works', async () => {
    const { app, database } = env();
    const { org, session } = await orgWithAdmin(env);
    const person = await buildPerson(database.db, org, { withPassword: false });
    await call(app, 'POST', '/api/auth/invitations', { as: session, body: { personId: person.id } });
    await call(app, 'POST', '/api/auth/invitations', { as: session, body: { personId: person.id } });
    const [newest, oldest] = await mailsTo(database.db, org.id, person.email!);
    const oldRes = await call(app, 'GET', `/api/auth/tokens/${linkToken(oldest!.text)}`);
    expect(oldRes.status).toBe(410);
    expect(oldRes.json.error.reason).toBe('token_expired');
    expect((await call(app, 'GET', `/api/auth/tokens/${linkToken(newest!.text)}`)).status).toBe(200);
  });

  it('answers 404 for a person of another organisation and 400 with a reason for one without email', async () => {
    const { app, database } = env();
    const { org, session } = await orgWithAdmin(env);
    const otherOrg = await buildOrg(database.db);
    const outsider = await buildPerson(database.db, otherOrg);
    const foreign = await call(app, 'POST', '/api/auth/invitations', {
      as: session,
      body: { personId: outsider.id },
    });
    expect(foreign.status).toBe(404);
    expect(await mailsTo(database.db, otherOrg.id, outsider.email!)).toHaveLength(0);

    const noMail = await buildPerson(database.db, org, { email: null });
    const res = await call(app, 'POST', '/api/auth/invitations', {
      as: session,
      body: { personId: noMail.id },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.reason).toBe('person_no_email');

    const inactive = await buildPerson(database.db, org, { active: false });
    const res2 = await call(app, 'POST', '/api/auth/invitations', {
      as: session,
      body: { personId: inactive.id },
    });
    expect(res2.status).toBe(400);
    expect(res2.json.error.reason).toBe('person_inactive');
  });

  it('is for admins only', async () => {
    const { app, database, config } = env();
    const { org, unit } = await orgWithAdmin(env);
    const leader = await buildPerson(database.db, org, { roles: [{ unit, role: 'leader' }] });
    const employee = await buildPerson(database.db, org, { roles: [{ unit, role: 'employee' }] });
    const res = await call(app, 'POST', '/api/auth/invitations', {
      as: await signInAs(database.db, config, leader),
      body: { personId: employee.id },
    });
    expect(res.status).toBe(403);
    expect(
      (await call(app, 'POST', '/api/auth/invitations', { body: { personId: employee.id } })).status,
    ).toBe(401);
    expect(await mailsTo(database.db, org.id, employee.email!)).toHaveLength(0);
  });
});
