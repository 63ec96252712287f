import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailsTo } from '../../../test/outbox.js';
import { createApp } from '../../server/app.js';
import { auditEvents } from '../../server/audit/schema.js';
import { agreements } from '../conversations/schema.js';
import { people } from '../org/schema.js';
import { reminderPrefs } from './schema.js';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

describeEachEngine('"send me a digest now"', (env) => {
  const setup = () => {
    const { database, config } = env();
    return { db: database.db, config, app: createApp({ config, database, serveWeb: false }) };
  };

  it('sends the person their own digest at once, at most once a minute, with an audit row', async () => {
    const s = setup();
    const o = await buildTwoLayerOrg(s.db);
    const me = await signInAs(s.db, s.config, o.employeeA);
    await s.db.insert(agreements).values({
      orgId: o.org.id,
      subjectPersonId: o.employeeA.id,
      ownerId: o.employeeA.id,
      text: 'Ringe til talepædagogen',
      dueDate: isoDay(new Date(Date.now() - 3 * DAY)),
    });
    // Reminders switched off on a schedule: asking still sends one.
    await call(s.app, 'PUT', '/api/reminders/settings', {
      as: me,
      body: {
        frequency: 'off',
        prepareDaysBefore: 2,
        circleDeadlineDaysBefore: 3,
        includeOverdueAgreements: true,
      },
    });

    const first = await call(s.app, 'POST', '/api/reminders/digest', { as: me });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ sent: true });
    const [mail, ...more] = await mailsTo(s.db, o.org.id, o.employeeA.email!);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Dine påmindelser fra MUP');
    expect(mail!.text).toContain('Aftaler, der er over tid');
    expect(mail!.text).toContain('Ringe til talepædagogen');
    const settings = await call(s.app, 'GET', '/api/reminders/settings', { as: me });
    expect(settings.json.settings.lastDigestAt).not.toBeNull();

    // A second click within the minute: a clear 429 with when to try again, and no second mail.
    const again = await call(s.app, 'POST', '/api/reminders/digest', { as: me });
    expect(again.status).toBe(429);
    expect(again.json.error.code).toBe('RATE_LIMITED');
    expect(again.json.error.retryAfter).toBeGreaterThan(0);
    expect(again.json.error.retryAfter).toBeLessThanOrEqual(60);
    expect(await mailsTo(s.db, o.org.id, o.employeeA.email!)).toHaveLength(1);

    // A minute later it may be sent again.
    await s.db
      .update(reminderPrefs)
      .set({ lastDigestAt: new Date(Date.now() - 61_000) })
      .where(and(eq(reminderPrefs.orgId, o.org.id), eq(reminderPrefs.personId, o.employeeA.id)));
    expect((await call(s.app, 'POST', '/api/reminders/digest', { as: me })).status).toBe(200);
    expect(await mailsTo(s.db, o.org.id, o.employeeA.email!)).toHaveLength(2);

    const audit = await s.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'reminders.digest_sent')));
    expect(audit).toHaveLength(2);
    expect(audit[0]!.actorId).toBe(o.employeeA.id);
    // Counts only: the agreement's text never goes into the audit trail.
    expect(JSON.stringify(audit[0]!.details)).not.toContain('talepædagogen');

    // Only ever about the actor: a colleague's digest did not go anywhere.
    expect(await mailsTo(s.db, o.org.id, o.colleagueA.email!)).toHaveLength(0);
  });

  it('sends nothing when there is nothing to tell, without using up the minute', async () => {
    const s = setup();
    const o = await buildTwoLayerOrg(s.db);
    const me = await signInAs(s.db, s.config, o.colleagueA);
    const res = await call(s.app, 'POST', '/api/reminders/digest', { as: me });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ sent: false });
    expect(await mailsTo(s.db, o.org.id, o.colleagueA.email!)).toHaveLength(0);
    expect((await call(s.app, 'POST', '/api/reminders/digest', { as: me })).status).toBe(200);
  });

  it('needs a session, and an email address to send to', async () => {
    const s = setup();
    const o = await buildTwoLayerOrg(s.db);
    expect((await call(s.app, 'POST', '/api/reminders/digest')).status).toBe(401);
    const me = await signInAs(s.db, s.config, o.employeeA);
    await s.db.insert(agreements).values({
      orgId: o.org.id,
      subjectPersonId: o.employeeA.id,
      ownerId: o.employeeA.id,
      text: 'Noget over tid',
      dueDate: isoDay(new Date(Date.now() - 2 * DAY)),
    });
    await s.db.update(people).set({ email: null }).where(eq(people.id, o.employeeA.id));
    const res = await call(s.app, 'POST', '/api/reminders/digest', { as: me });
    expect(res.status).toBe(409);
    expect(res.json.error.reason).toBe('person_no_email');
  });
});
