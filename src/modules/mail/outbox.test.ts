import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { linkToken, mailsTo } from '../../../test/outbox.js';
import { loadConfig } from '../../server/config.js';
import { queueMail } from '../../server/mail/send.js';
import { withoutSignInLinks } from './services/list-outbox.js';

async function orgWithMail(env: Parameters<Parameters<typeof describeEachEngine>[1]>[0]) {
  const { database, config } = env();
  const org = await buildOrg(database.db);
  const unit = await buildUnit(database.db, org);
  const orgAdmin = await buildPerson(database.db, org, { roles: [{ unit, role: 'org_admin' }] });
  const hr = await buildPerson(database.db, org, { roles: [{ unit, role: 'hr' }] });
  const employee = await buildPerson(database.db, org, { roles: [{ unit, role: 'employee' }] });
  await queueMail(database.db, {
    orgId: org.id,
    to: employee.email!,
    subject: 'Til medarbejderen',
    text: 'a',
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await queueMail(database.db, { orgId: org.id, to: hr.email!, subject: 'Til HR', text: 'b' });
  const otherOrg = await buildOrg(database.db);
  await queueMail(database.db, {
    orgId: otherOrg.id,
    to: employee.email!,
    subject: 'Fra en anden organisation',
    text: 'c',
  });
  return {
    org,
    employee,
    hr,
    orgAdmin: await signInAs(database.db, config, orgAdmin),
    hrSession: await signInAs(database.db, config, hr),
    employeeSession: await signInAs(database.db, config, employee),
  };
}

const subjects = (res: { json: { mails: { subject: string }[] } }) => res.json.mails.map((m) => m.subject);

describeEachEngine('outbox', (env) => {
  it('shows the organisation’s mail to its organisation admins only, newest first', async () => {
    const { app } = env();
    const o = await orgWithMail(env);
    const all = await call(app, 'GET', '/api/outbox', { as: o.orgAdmin });
    expect(all.status).toBe(200);
    expect(subjects(all)).toEqual(['Til HR', 'Til medarbejderen']);
    expect(all.json.mails[0]).toMatchObject({
      text: 'b',
      hasCalendar: false,
      sentAt: null,
      linkRemoved: false,
    });
    // HR administers people, not the organisation: not even their own mail is shown to them here.
    for (const as of [o.hrSession, o.employeeSession]) {
      expect((await call(app, 'GET', '/api/outbox', { as })).status).toBe(404);
    }
    expect((await call(app, 'GET', '/api/outbox')).status).toBe(401);
    const me = (as: typeof o.orgAdmin) => call(app, 'GET', '/api/auth/me', { as });
    expect((await me(o.orgAdmin)).json.abilities.viewOutbox).toBe(true);
    expect((await me(o.hrSession)).json.abilities.viewOutbox).toBe(false);
  });

  it('never shows anyone another person’s sign-in link: invitations and resets are shown without it', async () => {
    const { app, database } = env();
    const o = await orgWithMail(env);
    // HR invites the employee; someone asks for a reset of HR's password.
    expect(
      (
        await call(app, 'POST', '/api/auth/invitations', {
          as: o.hrSession,
          body: { personId: o.employee.id },
        })
      ).status,
    ).toBe(200);
    await call(app, 'POST', '/api/auth/password-reset', { body: { email: o.hr.email } });
    const tokens = [
      linkToken((await mailsTo(database.db, o.org.id, o.employee.email!))[0]!.text),
      linkToken((await mailsTo(database.db, o.org.id, o.hr.email!))[0]!.text),
    ];
    const res = await call(app, 'GET', '/api/outbox', { as: o.orgAdmin });
    expect(res.status).toBe(200);
    for (const token of tokens) expect(res.text).not.toContain(token);
    expect(res.text).not.toContain('set-password?token');
    const withLinks = res.json.mails.filter((m: { linkRemoved: boolean }) => m.linkRemoved);
    expect(withLinks).toHaveLength(2);
    for (const mail of withLinks) expect(mail.text).toContain('[…]');
  });
});

describeEachEngine(
  'outbox switched off',
  (env) => {
    it('is not found when SHOW_OUTBOX is off', async () => {
      const { app } = env();
      const { orgAdmin } = await orgWithMail(env);
      const res = await call(app, 'GET', '/api/outbox', { as: orgAdmin });
      expect(res.status).toBe(404);
      expect((await call(app, 'GET', '/api/auth/me', { as: orgAdmin })).json.abilities.viewOutbox).toBe(
        false,
      );
    });
  },
  { showOutbox: false },
);

it('exists only where MUP sends no mail, and never in production', () => {
  expect(loadConfig({ NODE_ENV: 'development' }).showOutbox).toBe(true);
  expect(loadConfig({ NODE_ENV: 'development', SMTP_URL: 'smtp://localhost:25' }).showOutbox).toBe(false);
  // A developer with a local SMTP sink may ask for it.
  expect(
    loadConfig({ NODE_ENV: 'development', SMTP_URL: 'smtp://localhost:25', SHOW_OUTBOX: 'true' }).showOutbox,
  ).toBe(true);
  const production = {
    NODE_ENV: 'production',
    SESSION_SECRET: 'x'.repeat(40),
    PUBLIC_URL: 'https://mup.example.dk',
    NOTES_MASTER_KEYS: Buffer.alloc(32, 1).toString('base64'),
  };
  expect(loadConfig(production).showOutbox).toBe(false);
  expect(() => loadConfig({ ...production, SHOW_OUTBOX: 'true' })).toThrow(
    /SHOW_OUTBOX: cannot be on in production/,
  );
});

it('takes out every link that carries a token, whatever its address', () => {
  const text =
    'Hej\nhttps://mup.example.dk/set-password?token=abc_DEF-123\nog http://x/y?a=1&token=zz.\nhttps://mup.example.dk/goals';
  const { text: cleaned, removed } = withoutSignInLinks(text);
  expect(removed).toBe(true);
  expect(cleaned).toBe('Hej\n[…]\nog […]\nhttps://mup.example.dk/goals');
});
