import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { memberships } from '../org/schema.js';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink.js';
import { createApp } from '../../server/app.js';
import { jobHandlers } from '../../server/jobs/start.js';
import { JobWorker } from '../../server/jobs/worker.js';
import { gatherDigest } from '../reminders/digest/gather.js';
import { digestMail } from '../reminders/digest/mail.js';
import { DEFAULT_REMINDER_SETTINGS } from '../reminders/constants.js';
import { parseIcs } from './ics.js';

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

describeEachEngine('team conversation calendar mails and reminders', (env) => {
  it('invites every participant to one event, updates and cancels it on the same UID, and mails a newcomer alone', async () => {
    const { database, config: base } = env();
    const config = { ...base, smtpUrl: sink.url, mailFrom: 'MUP <no-reply@mup.test>' };
    const app = createApp({ config, database, serveWeb: false });
    const worker = new JobWorker(database.db, jobHandlers(database.db, config));
    const db = database.db;
    const o = await buildTwoLayerOrg(db);
    // Team conversations are led by a leader or a resource person: Dorthe is also the room's resource person.
    await db.insert(memberships).values({
      orgId: o.org.id,
      personId: o.employeeA.id,
      unitId: o.units.room.id,
      role: 'resource_person',
    });
    const english = await buildPerson(db, o.org, {
      name: 'Sam Smith',
      locale: 'en',
      roles: [{ unit: o.units.instA, role: 'employee' }],
    });
    const team = await buildTeam(db, o.org, {
      unit: o.units.instA,
      kind: 'unit_staff',
      name: 'Solsikkernes team',
      members: [o.employeeA, english, o.colleagueA],
    });
    const req = async (who: Person, method: string, path: string, body?: unknown) =>
      call(app, method, `/api${path}`, { as: await signInAs(db, config, who), body });
    const mailsFor = (p: Person) => sink.mails.filter((m) => m.envelope.to.includes(p.email!));
    const arrive = async (p: Person, n: number) => {
      await worker.drain();
      for (let i = 0; i < 60 && mailsFor(p).length < n; i++) await new Promise((r) => setTimeout(r, 50));
      expect(mailsFor(p)).toHaveLength(n);
      return mailsFor(p)[n - 1]!;
    };
    const cal = (text: string | null) => {
      const props = parseIcs(text!);
      return {
        value: (name: string) => props.find((p) => p.name === name)?.value,
        attendees: props
          .filter((p) => p.name === 'ATTENDEE')
          .map((p) => p.value)
          .sort(),
      };
    };

    const start = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    start.setUTCHours(11, 0, 0, 0);
    const created = await req(o.leaderA, 'POST', '/conversations', {
      kind: 'team',
      teamId: team.id,
      facilitatorId: o.employeeA.id,
      startsAt: start.toISOString(),
      participantIds: [o.employeeA.id, english.id],
    });
    expect(created.status).toBe(201);
    const id = created.json.conversation.id;
    const everyone = [o.leaderA, o.employeeA, english];
    const invites = await Promise.all(everyone.map((p) => arrive(p, 1)));
    const uid = cal(invites[0]!.calendar).value('UID');
    for (const mail of invites) {
      const c = cal(mail.calendar);
      expect(c.value('METHOD')).toBe('REQUEST');
      expect(c.value('UID')).toBe(uid);
      expect(c.value('SEQUENCE')).toBe('0');
      expect(c.value('ORGANIZER')).toBe(`mailto:${o.employeeA.email}`);
      expect(c.attendees).toEqual(everyone.map((p) => `mailto:${p.email}`).sort());
      expect(mail.text).toContain(`/conversations/${id}`);
    }
    expect(invites[0]!.subject).toContain('Teamudviklingssamtale: Solsikkernes team');
    expect(invites[2]!.subject).toContain('Team development conversation: Solsikkernes team');

    // The digest reminds the participants to prepare (within the preparation window).
    const content = await gatherDigest(
      db,
      o.org.id,
      english.id,
      { ...DEFAULT_REMINDER_SETTINGS, prepareDaysBefore: 3, lastDigestAt: null },
      new Date(),
    );
    expect(content.oneToOnes).toEqual([expect.objectContaining({ id, team: 'Solsikkernes team' })]);
    const digest = digestMail('da', english.name, content, config.publicUrl);
    expect(digest.text).toContain('Forbered teamets samtale');
    expect(digest.text).not.toContain('Forbered din 1:1-samtale');

    const later = new Date(start.getTime() + 60 * 60 * 1000);
    expect(
      (await req(o.employeeA, 'PATCH', `/conversations/${id}`, { version: 1, startsAt: later.toISOString() }))
        .status,
    ).toBe(200);
    const moved = cal((await arrive(english, 2)).calendar);
    expect([moved.value('UID'), moved.value('SEQUENCE'), moved.value('METHOD')]).toEqual([
      uid,
      '1',
      'REQUEST',
    ]);

    // The area leader above the unit's leader is not one of those the team's content belongs to.
    expect(
      (await req(o.employeeA, 'POST', `/conversations/${id}/participants`, { personId: o.areaLeader.id }))
        .status,
    ).toBe(400);
    // A member invited later gets the invitation alone; the others get nothing new.
    expect(
      (await req(o.employeeA, 'POST', `/conversations/${id}/participants`, { personId: o.colleagueA.id }))
        .status,
    ).toBe(200);
    const newcomer = cal((await arrive(o.colleagueA, 1)).calendar);
    expect([newcomer.value('UID'), newcomer.value('SEQUENCE')]).toEqual([uid, '2']);
    expect(mailsFor(english)).toHaveLength(2);

    expect((await req(o.leaderA, 'POST', `/conversations/${id}/cancel`, { version: 2 })).status).toBe(200);
    for (const [p, n] of [
      [o.leaderA, 3],
      [o.employeeA, 3],
      [english, 3],
      [o.colleagueA, 2],
    ] as const) {
      const c = cal((await arrive(p, n)).calendar);
      expect([c.value('UID'), c.value('METHOD'), c.value('STATUS')], p.name).toEqual([
        uid,
        'CANCEL',
        'CANCELLED',
      ]);
    }
  });
});
