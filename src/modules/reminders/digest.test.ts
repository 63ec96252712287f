import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailsTo } from '../../../test/outbox.js';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink.js';
import { createApp } from '../../server/app.js';
import { auditEvents } from '../../server/audit/schema.js';
import { jobHandlers } from '../../server/jobs/start.js';
import { jobs } from '../../server/jobs/schema.js';
import { JobWorker } from '../../server/jobs/worker.js';
import { copenhagenTime } from '../../shared/time.js';
import { agreements, conversationParticipants, conversations } from '../conversations/schema.js';
import { inquiries } from '../inquiry/schema.js';
import { feedback } from '../feedback/schema.js';
import { reminderPrefs } from './schema.js';
import { enqueueDueDigests } from './digest/schedule.js';

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

// A Tuesday in the future: workers of other suites (real clock) never claim these digest jobs.
const TUESDAY = copenhagenTime(2031, 3, 4, 7, 30);
const HOUR = 60 * 60 * 1000;

describeEachEngine('the reminder digest', (env) => {
  const setup = (clock: { now: Date }) => {
    const { database, config: base } = env();
    const config = { ...base, smtpUrl: sink.url, mailFrom: 'MUP <no-reply@mup.test>' };
    const app = createApp({ config, database, serveWeb: false });
    const now = () => clock.now;
    const worker = () => new JobWorker(database.db, jobHandlers(database.db, config, now), now);
    return { db: database.db, config, app, worker };
  };
  const delivered = (to: string) => sink.mails.filter((m) => m.envelope.to.includes(to));

  /** A 1:1 in two days, a circle due tomorrow, an overdue agreement and new feedback for the employee. */
  async function busyEmployee(
    s: ReturnType<typeof setup>,
    o: Awaited<ReturnType<typeof buildTwoLayerOrg>>,
    who: Person,
  ) {
    const as = (p: Person) => signInAs(s.db, s.config, p);
    const goal = await call(s.app, 'POST', '/api/goals', {
      as: await as(who),
      body: { title: 'Læse dialogisk med de mindste', source: 'practice' },
    });
    const [meeting] = await s.db
      .insert(conversations)
      .values({
        orgId: o.org.id,
        kind: 'one_to_one',
        startsAt: copenhagenTime(2031, 3, 6, 14, 0),
        calendarUid: `uid-${who.id}`,
      })
      .returning();
    await s.db.insert(conversationParticipants).values([
      { orgId: o.org.id, conversationId: meeting!.id, personId: o.leaderA.id, role: 'leader' },
      { orgId: o.org.id, conversationId: meeting!.id, personId: who.id, role: 'subject' },
    ]);
    const [circle] = await s.db
      .insert(inquiries)
      .values({
        orgId: o.org.id,
        form: 'learning_circle',
        subjectPersonId: who.id,
        goalId: goal.json.goal.id,
        deadline: '2031-03-05',
        data: { phases: {} },
      })
      .returning();
    await s.db.insert(agreements).values({
      orgId: o.org.id,
      conversationId: meeting!.id,
      subjectPersonId: who.id,
      ownerId: who.id,
      text: 'Prøve billedkort i garderoben',
      dueDate: '2031-03-01',
    });
    // Done, or not yet due: not mentioned.
    await s.db.insert(agreements).values({
      orgId: o.org.id,
      subjectPersonId: who.id,
      ownerId: who.id,
      text: 'Allerede klaret',
      dueDate: '2031-02-01',
      doneAt: new Date(),
    });
    await s.db.insert(agreements).values({
      orgId: o.org.id,
      subjectPersonId: who.id,
      ownerId: who.id,
      text: 'Senere opgave',
      dueDate: '2031-04-01',
    });
    const fb = await call(s.app, 'POST', '/api/feedback', {
      as: await as(o.leaderA),
      body: { toPersonId: who.id, kind: 'recognition', text: 'Flot overgang til frokost' },
    });
    expect(fb.status).toBe(201);
    // Given this morning, by the test's clock.
    await s.db
      .update(feedback)
      .set({ createdAt: new Date(TUESDAY.getTime() - HOUR) })
      .where(eq(feedback.id, fb.json.feedback.id));
    return { meeting: meeting!, circle: circle!, feedbackId: fb.json.feedback.id as string };
  }

  it('gathers a 1:1, a circle deadline, an overdue agreement and new feedback into one mail, sent once', async () => {
    const clock = { now: TUESDAY };
    const s = setup(clock);
    const o = await buildTwoLayerOrg(s.db);
    const { meeting, circle } = await busyEmployee(s, o, o.employeeA);
    const email = o.employeeA.email!;

    // Before 07:00 nothing is queued; then once per person and day, however often the scheduler ticks.
    expect(await enqueueDueDigests(s.db, new Date(TUESDAY.getTime() - HOUR), { orgIds: [o.org.id] })).toBe(0);
    expect(await enqueueDueDigests(s.db, clock.now, { orgIds: [o.org.id] })).toBe(7);
    expect(
      await enqueueDueDigests(s.db, new Date(TUESDAY.getTime() + 5 * 60_000), { orgIds: [o.org.id] }),
    ).toBe(0);

    const worker = s.worker();
    await worker.drain();
    await worker.drain();
    const mail = await sink.waitFor((m) => m.envelope.to.includes(email));
    expect(mail.subject).toBe('Dine påmindelser fra MUP');
    const text = mail.text!;
    expect(text).toContain('Hej Dorthe Pædagog');
    expect(text).toContain('Forbered din 1:1-samtale');
    expect(text).toMatch(/torsdag 6\. marts kl\. 14\.00 med Bo Leder/);
    expect(text).toContain(`${s.config.publicUrl}/conversations/${meeting.id}`);
    expect(text).toContain('Læse dialogisk med de mindste – frist 5. marts 2031');
    expect(text).toContain(`${s.config.publicUrl}/circles/${circle.id}`);
    expect(text).toContain('Prøve billedkort i garderoben (skulle være klar 1. marts 2031)');
    expect(text).not.toContain('Allerede klaret');
    expect(text).not.toContain('Senere opgave');
    expect(text).toContain('Anerkendelse fra Bo Leder');
    expect(text).toContain(`${s.config.publicUrl}/feedback`);
    expect(text).toContain(`${s.config.publicUrl}/reminders`);
    // The feedback text itself stays in MUP.
    expect(text).not.toContain('Flot overgang');

    // The leader has the same 1:1 to prepare; the others have nothing to say and get nothing.
    expect((await mailsTo(s.db, o.org.id, o.leaderA.email!)).length).toBe(1);
    for (const quiet of [o.hr, o.areaLeader, o.employeeB, o.colleagueA, o.leaderB]) {
      expect((await mailsTo(s.db, o.org.id, quiet.email!)).length, quiet.name).toBe(0);
    }
    const [prefs] = await s.db.select().from(reminderPrefs).where(eq(reminderPrefs.personId, o.employeeA.id));
    expect(prefs!.lastDigestAt?.toISOString()).toBe(TUESDAY.toISOString());
    const [quietPrefs] = await s.db.select().from(reminderPrefs).where(eq(reminderPrefs.personId, o.hr.id));
    expect(quietPrefs?.lastDigestAt ?? null).toBeNull();

    // A restart later that day: a new worker and a new tick queue and send nothing more.
    clock.now = new Date(TUESDAY.getTime() + 3 * HOUR);
    expect(await enqueueDueDigests(s.db, clock.now, { orgIds: [o.org.id] })).toBe(0);
    await s.worker().drain();
    // A worker that died after queueing the mail leaves its job to run again: still one mail.
    await s.db
      .update(jobs)
      .set({ status: 'pending', finishedAt: null })
      .where(and(eq(jobs.orgId, o.org.id), like(jobs.dedupeKey, `digest:${o.employeeA.id}:%`)));
    expect(await s.worker().drain()).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(delivered(email)).toHaveLength(1);
    expect(await mailsTo(s.db, o.org.id, email)).toHaveLength(1);

    // The next morning: the feedback was in yesterday's digest; the 1:1 and the agreement still stand.
    clock.now = new Date(TUESDAY.getTime() + 24 * HOUR);
    expect(await enqueueDueDigests(s.db, clock.now, { orgIds: [o.org.id] })).toBe(7);
    await s.worker().drain();
    await sink.waitFor((m) => m.envelope.to.includes(email) && m !== mail);
    const second = delivered(email)[1]!.text!;
    expect(second).toContain('Forbered din 1:1-samtale');
    expect(second).not.toContain('Anerkendelse fra Bo Leder');
    // The circle is due today: still worth a line.
    expect(second).toContain('frist 5. marts 2031');
  });

  it('sends nothing when reminders are off or there is nothing to say; a weekly digest comes on Mondays', async () => {
    const clock = { now: TUESDAY };
    const s = setup(clock);
    const o = await buildTwoLayerOrg(s.db);
    await busyEmployee(s, o, o.employeeA);
    const as = async (p: Person) => signInAs(s.db, s.config, p);
    const off = await call(s.app, 'PUT', '/api/reminders/settings', {
      as: await as(o.employeeA),
      body: {
        frequency: 'off',
        prepareDaysBefore: 2,
        circleDeadlineDaysBefore: 3,
        includeOverdueAgreements: true,
      },
    });
    expect(off.status).toBe(200);
    expect(off.json.settings.frequency).toBe('off');
    await enqueueDueDigests(s.db, clock.now, { orgIds: [o.org.id] });
    await s.worker().drain();
    expect(await mailsTo(s.db, o.org.id, o.employeeA.email!)).toHaveLength(0);
    const queued = await s.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.orgId, o.org.id), like(jobs.dedupeKey, `digest:${o.employeeA.id}:%`)));
    expect(queued).toHaveLength(0);

    // Weekly: not on Tuesday, but on the next Monday (with everything still to say).
    await call(s.app, 'PUT', '/api/reminders/settings', {
      as: await as(o.employeeA),
      body: {
        frequency: 'weekly',
        prepareDaysBefore: 14,
        circleDeadlineDaysBefore: 14,
        includeOverdueAgreements: false,
      },
    });
    clock.now = new Date(TUESDAY.getTime() + HOUR);
    expect(await enqueueDueDigests(s.db, clock.now, { orgIds: [o.org.id] })).toBe(0);
    clock.now = copenhagenTime(2031, 3, 10, 8, 0);
    await enqueueDueDigests(s.db, clock.now, { orgIds: [o.org.id] });
    await s.worker().drain();
    const [weekly] = await mailsTo(s.db, o.org.id, o.employeeA.email!);
    expect(weekly!.text).toContain('Anerkendelse fra Bo Leder');
    // The 1:1 and the circle's deadline have passed; overdue agreements were switched off.
    expect(weekly!.text).not.toContain('Forbered din 1:1-samtale');
    expect(weekly!.text).not.toContain('Prøve billedkort');
    expect(weekly!.text).not.toContain('Læringscirkler med frist snart');
  });

  it('writes the digest in the person’s language', async () => {
    const clock = { now: TUESDAY };
    const s = setup(clock);
    const o = await buildTwoLayerOrg(s.db);
    const english = await buildPerson(s.db, o.org, {
      name: 'Hannah Teacher',
      locale: 'en',
      roles: [{ unit: o.units.instA, role: 'employee' }],
    });
    const { circle } = await busyEmployee(s, o, english);
    await enqueueDueDigests(s.db, clock.now, { orgIds: [o.org.id] });
    await s.worker().drain();
    const mail = await sink.waitFor((m) => m.envelope.to.includes(english.email!));
    expect(mail.subject).toBe('Your reminders from MUP');
    expect(mail.text).toContain('Hello Hannah Teacher');
    expect(mail.text).toContain('Prepare your 1:1 conversation');
    expect(mail.text).toMatch(/Thursday 6 March.* with Bo Leder/);
    expect(mail.text).toContain('Læse dialogisk med de mindste – due 5 March 2031');
    expect(mail.text).toContain(`/circles/${circle.id}`);
    expect(mail.text).toContain('Agreements past their date');
    expect(mail.text).toContain('Recognition from Bo Leder');
  });

  it('settings: defaults, own only, limits and an audit row', async () => {
    const s = setup({ now: TUESDAY });
    const o = await buildTwoLayerOrg(s.db);
    const me = await signInAs(s.db, s.config, o.employeeA);
    const got = await call(s.app, 'GET', '/api/reminders/settings', { as: me });
    expect(got.json.settings).toEqual({
      frequency: 'daily',
      prepareDaysBefore: 2,
      circleDeadlineDaysBefore: 3,
      includeOverdueAgreements: true,
      lastDigestAt: null,
    });
    const good = {
      frequency: 'weekly',
      prepareDaysBefore: 5,
      circleDeadlineDaysBefore: 0,
      includeOverdueAgreements: false,
    };
    for (const bad of [
      { ...good, frequency: 'hourly' },
      { ...good, prepareDaysBefore: 15 },
      { ...good, circleDeadlineDaysBefore: -1 },
      { ...good, prepareDaysBefore: 1.5 },
      { ...good, includeOverdueAgreements: 'yes' },
      { frequency: 'daily' },
    ]) {
      expect(
        (await call(s.app, 'PUT', '/api/reminders/settings', { as: me, body: bad })).status,
        JSON.stringify(bad),
      ).toBe(400);
    }
    expect(
      (await call(s.app, 'PUT', '/api/reminders/settings', { as: me, body: good })).json.settings,
    ).toMatchObject(good);
    expect((await call(s.app, 'GET', '/api/reminders/settings', { as: me })).json.settings).toMatchObject(
      good,
    );
    // Another person's settings are untouched.
    const other = await call(s.app, 'GET', '/api/reminders/settings', {
      as: await signInAs(s.db, s.config, o.colleagueA),
    });
    expect(other.json.settings.frequency).toBe('daily');
    expect((await call(s.app, 'PUT', '/api/reminders/settings', { body: good })).status).toBe(401);
    const audit = await s.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'reminders.settings_updated')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(o.employeeA.id);
  });
});
