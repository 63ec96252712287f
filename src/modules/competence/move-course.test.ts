import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { mailsTo } from '../../../test/outbox.js';
import { competenceApi } from './testing.js';

describeEachEngine('competence initiatives: a course moves with its conversations', (env) => {
  const { req, initiativeWithParticipant } = competenceApi(env);

  it('moving a course moves the conversations before and after and updates their invitations', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const init = await initiativeWithParticipant(o);
    const path = `/initiatives/${init.id}`;
    const planned = await req(o.leaderA, 'POST', `${path}/courses`, {
      personId: o.employeeA.id,
      title: 'Kursus i konflikthåndtering',
      courseOn: '2027-03-10',
      beforeOn: '2027-03-01',
    });
    const course = planned.json.initiative.courses[0];
    const moved = await req(o.leaderA, 'PUT', `${path}/courses/${course.id}/dates`, {
      version: course.version,
      courseOn: '2027-03-24',
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.json.initiative.courses[0]).toMatchObject({
      courseOn: '2027-03-24',
      beforeOn: '2027-03-15',
      followUpOn: '2027-04-24',
    });
    const mails = await mailsTo(db, o.org.id, o.employeeA.email!);
    const latest = mails
      .slice(0, 2)
      .map((m) => m.subject)
      .sort();
    expect(latest).toEqual([
      'Opfølgning efter kurset: Kursus i konflikthåndtering (2027-04-24)',
      'Samtale før kurset: Kursus i konflikthåndtering (2027-03-15)',
    ]);
    // The same calendar entries, a later sequence: calendars move them instead of adding new ones.
    const uid = (ics: string | null) => /UID:(.*)/.exec(ics ?? '')?.[1]?.trim();
    expect(new Set(mails.map((m) => uid(m.ics))).size).toBe(2);
    expect(mails[0]!.ics).toMatch(/SEQUENCE:[1-9]/);

    // Days given for the conversations are kept; a follow-up before the course is refused.
    const version = moved.json.initiative.courses[0].version;
    const refused = await req(o.leaderA, 'PUT', `${path}/courses/${course.id}/dates`, {
      version,
      courseOn: '2027-06-01',
      followUpOn: '2027-05-01',
    });
    expect(refused.status).toBe(400);
    const shiftedPast = await req(o.leaderA, 'PUT', `${path}/courses/${course.id}/dates`, {
      version,
      courseOn: '2027-03-10',
      followUpOn: '2027-03-09',
    });
    expect(shiftedPast.status).toBe(400);
    const stale = await req(o.leaderA, 'PUT', `${path}/courses/${course.id}/dates`, {
      version: course.version,
      courseOn: '2027-05-01',
    });
    expect(stale.status).toBe(409);
    // The participant writes notes but does not move the course; outsiders get 404.
    const participant = await req(o.employeeA, 'PUT', `${path}/courses/${course.id}/dates`, {
      version,
      courseOn: '2027-05-01',
    });
    expect(participant.status).toBe(403);
    const other = await buildTwoLayerOrg(db);
    const outsider = await req(other.leaderA, 'PUT', `${path}/courses/${course.id}/dates`, {
      version,
      courseOn: '2027-05-01',
    });
    expect(outsider.status).toBe(404);
  });
});
