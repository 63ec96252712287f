import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../../test/smtp-sink.js';
import { createApp } from '../../server/app.js';
import { jobHandlers } from '../../server/jobs/start.js';
import { JobWorker } from '../../server/jobs/worker.js';
import { parseIcs } from './ics.js';

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

/** The calendar of a delivered mail as properties, after checking it is a well-formed VCALENDAR. */
function calendarOf(mail: ReceivedMail) {
  const ics = mail.calendar;
  expect(ics, 'a text/calendar part').toBeTruthy();
  expect(ics!.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics!.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const props = parseIcs(ics!);
  const names = props.map((p) => `${p.name}:${p.name === 'BEGIN' || p.name === 'END' ? p.value : ''}`);
  expect(names[0]).toBe('BEGIN:VCALENDAR');
  expect(names.indexOf('BEGIN:VEVENT')).toBeGreaterThan(0);
  expect(names.indexOf('END:VEVENT')).toBeGreaterThan(names.indexOf('BEGIN:VEVENT'));
  expect(names.at(-1)).toBe('END:VCALENDAR');
  const value = (name: string) => props.find((p) => p.name === name)?.value;
  const part = mail.parts.find((p) => p.contentType === 'text/calendar')!;
  return { props, value, partMethod: part.params.method };
}

describeEachEngine('1:1 calendar mails over SMTP', (env) => {
  const setup = () => {
    const { database, config: base } = env();
    const config = { ...base, smtpUrl: sink.url, mailFrom: 'MUP <no-reply@mup.test>' };
    return {
      db: database.db,
      config,
      app: createApp({ config, database, serveWeb: false }),
      worker: new JobWorker(database.db, jobHandlers(database.db, config)),
    };
  };

  it('invites both, updates the same event when moved, and cancels it', async () => {
    const { db, config, app, worker } = setup();
    const o = await buildTwoLayerOrg(db);
    const employee = await buildPerson(db, o.org, {
      name: 'Søren Ørsted',
      locale: 'en',
      roles: [{ unit: o.units.room, role: 'employee' }],
    });
    const req = async (who: Person, method: string, path: string, body?: unknown) =>
      call(app, method, `/api${path}`, { as: await signInAs(db, config, who), body });
    const mailsFor = (p: Person) => sink.mails.filter((m) => m.envelope.to.includes(p.email!));
    const arrive = async (p: Person, n: number) => {
      await worker.drain();
      for (let i = 0; i < 50 && mailsFor(p).length < n; i++) await new Promise((r) => setTimeout(r, 50));
      expect(mailsFor(p)).toHaveLength(n);
      return mailsFor(p)[n - 1]!;
    };

    const start = new Date(Date.now() + 6 * 24 * 60 * 60 * 1000);
    start.setUTCHours(8, 30, 0, 0);
    const created = await req(o.leaderA, 'POST', '/conversations', {
      kind: 'one_to_one',
      personId: employee.id,
      startsAt: start.toISOString(),
      durationMinutes: 45,
      location: 'Kontoret, 1. sal; bag køkkenet',
    });
    expect(created.status).toBe(201);
    const id = created.json.conversation.id;

    const toLeader = calendarOf(await arrive(o.leaderA, 1));
    const inviteMail = await arrive(employee, 1);
    const toEmployee = calendarOf(inviteMail);
    expect(inviteMail.subject).toContain('Invitation: 1:1 conversation with Bo Leder');
    expect(inviteMail.text).toContain(`${config.publicUrl}/conversations/${id}`);
    for (const cal of [toLeader, toEmployee]) {
      expect(cal.value('METHOD')).toBe('REQUEST');
      expect(cal.partMethod).toBe('REQUEST');
      expect(cal.value('SEQUENCE')).toBe('0');
      expect(cal.value('DTSTART')).toBe(start.toISOString().replace(/[-:]/g, '').replace('.000', ''));
      expect(cal.value('DTEND')).toBe(
        new Date(start.getTime() + 45 * 60_000).toISOString().replace(/[-:]/g, '').replace('.000', ''),
      );
      expect(cal.value('LOCATION')).toBe('Kontoret\\, 1. sal\\; bag køkkenet');
      expect(cal.value('DESCRIPTION')).toContain(`/conversations/${id}`);
      expect(cal.props.find((p) => p.name === 'ORGANIZER')!.value).toBe(`mailto:${o.leaderA.email}`);
      expect(
        cal.props
          .filter((p) => p.name === 'ATTENDEE')
          .map((p) => p.value)
          .sort(),
      ).toEqual([`mailto:${o.leaderA.email}`, `mailto:${employee.email}`].sort());
    }
    // Each in their own language.
    expect(toLeader.value('SUMMARY')).toBe('1:1-samtale med Søren Ørsted');
    expect(toEmployee.value('SUMMARY')).toBe('1:1 conversation with Bo Leder');
    const uid = toLeader.value('UID');
    expect(uid).toBeTruthy();
    expect(toEmployee.value('UID')).toBe(uid);

    // Moving updates the same event.
    const later = new Date(start.getTime() + 24 * 60 * 60 * 1000);
    expect(
      (await req(o.leaderA, 'PATCH', `/conversations/${id}`, { version: 1, startsAt: later.toISOString() }))
        .status,
    ).toBe(200);
    const moved = calendarOf(await arrive(employee, 2));
    expect(moved.value('METHOD')).toBe('REQUEST');
    expect(moved.value('UID')).toBe(uid);
    expect(moved.value('SEQUENCE')).toBe('1');
    expect(moved.value('DTSTART')).toBe(later.toISOString().replace(/[-:]/g, '').replace('.000', ''));
    expect((await arrive(o.leaderA, 2)).subject).toContain('Flyttet');
    // Saving notes sends nothing.
    expect(
      (await req(employee, 'PATCH', `/conversations/${id}`, { version: 2, sharedNotes: 'Noter' })).status,
    ).toBe(200);

    // Cancelling cancels it.
    expect((await req(employee, 'POST', `/conversations/${id}/cancel`, { version: 3 })).status).toBe(200);
    const cancelMail = await arrive(employee, 3);
    const cancelled = calendarOf(cancelMail);
    expect(cancelled.value('METHOD')).toBe('CANCEL');
    expect(cancelled.partMethod).toBe('CANCEL');
    expect(cancelled.value('STATUS')).toBe('CANCELLED');
    expect(cancelled.value('UID')).toBe(uid);
    expect(cancelled.value('SEQUENCE')).toBe('2');
    expect(cancelMail.subject).toContain('Cancelled');
    expect(calendarOf(await arrive(o.leaderA, 3)).value('METHOD')).toBe('CANCEL');
  });
});
