import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { queueMail } from './send.js';

async function orgWithMail(env: Parameters<Parameters<typeof describeEachEngine>[1]>[0]) {
  const { database, config } = env();
  const org = await buildOrg(database.db);
  const unit = await buildUnit(database.db, org);
  const admin = await buildPerson(database.db, org, { roles: [{ unit, role: 'org_admin' }] });
  const employee = await buildPerson(database.db, org, { roles: [{ unit, role: 'employee' }] });
  const colleague = await buildPerson(database.db, org, { roles: [{ unit, role: 'employee' }] });
  await queueMail(database.db, {
    orgId: org.id,
    to: employee.email!.toUpperCase(),
    subject: 'Til medarbejderen',
    text: 'a',
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await queueMail(database.db, { orgId: org.id, to: colleague.email!, subject: 'Til kollegaen', text: 'b' });
  const otherOrg = await buildOrg(database.db);
  await queueMail(database.db, {
    orgId: otherOrg.id,
    to: employee.email!,
    subject: 'Fra en anden organisation',
    text: 'c',
  });
  return {
    admin: await signInAs(database.db, config, admin),
    employee: await signInAs(database.db, config, employee),
    noMail: await signInAs(database.db, config, await buildPerson(database.db, org, { email: null })),
  };
}

const subjects = (res: { json: { mails: { subject: string }[] } }) => res.json.mails.map((m) => m.subject);

describeEachEngine('outbox', (env) => {
  it('shows admins every mail of their organisation, newest first, and others only their own', async () => {
    const { app } = env();
    const { admin, employee, noMail } = await orgWithMail(env);
    const all = await call(app, 'GET', '/api/outbox', { as: admin });
    expect(all.status).toBe(200);
    expect(subjects(all)).toEqual(['Til kollegaen', 'Til medarbejderen']);
    expect(all.json.mails[0]).toMatchObject({ text: 'b', hasCalendar: false, sentAt: null });
    expect(subjects(await call(app, 'GET', '/api/outbox', { as: employee }))).toEqual(['Til medarbejderen']);
    expect(subjects(await call(app, 'GET', '/api/outbox', { as: noMail }))).toEqual([]);
    expect((await call(app, 'GET', '/api/outbox')).status).toBe(401);
  });
});

describeEachEngine(
  'outbox switched off',
  (env) => {
    it('is not found when SHOW_OUTBOX is off', async () => {
      const { app } = env();
      const { admin } = await orgWithMail(env);
      const res = await call(app, 'GET', '/api/outbox', { as: admin });
      expect(res.status).toBe(404);
    });
  },
  { showOutbox: false },
);
