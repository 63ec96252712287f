import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  buildOrg,
  buildPerson,
  buildTeam,
  buildUnit,
  signInAs,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailsTo } from '../../../test/outbox.js';

/*
 * From a weak result to work (issue 13): the unit's own leader is offered the unit's teams she
 * leads, and starts a team conversation (its first agenda point the result) or a development point
 * with one of them. A leader above, HR and the staff read no such offer; outsiders get 404.
 */
const SC_ITEMS = 18;

async function weakOrg(db: Parameters<typeof buildOrg>[0]) {
  const org = await buildOrg(db);
  const admin = await buildUnit(db, org, { kind: 'administration', name: 'Forvaltning' });
  const area = await buildUnit(db, org, { kind: 'area', name: 'Område Nord', parentId: admin.id });
  const care = await buildUnit(db, org, { name: 'Lærkebo', parentId: area.id });
  const other = await buildUnit(db, org, { name: 'Valmuen', parentId: area.id });
  const hr = await buildPerson(db, org, { name: 'Gitte HR', roles: [{ unit: admin, role: 'hr' }] });
  const areaLeader = await buildPerson(db, org, { roles: [{ unit: area, role: 'leader' }] });
  const leader = await buildPerson(db, org, { name: 'Birte Leder', roles: [{ unit: care, role: 'leader' }] });
  const otherLeader = await buildPerson(db, org, { roles: [{ unit: other, role: 'leader' }] });
  const staff: Person[] = [];
  for (let i = 0; i < 6; i++)
    staff.push(await buildPerson(db, org, { roles: [{ unit: care, role: 'employee' }] }));
  const staffTeam = await buildTeam(db, org, {
    unit: care,
    kind: 'unit_staff',
    name: 'Personalet på Lærkebo',
    members: staff,
  });
  const qualityTeam = await buildTeam(db, org, {
    unit: care,
    kind: 'quality',
    name: 'Kvalitetsteam Lærkebo',
    members: staff.slice(0, 3),
  });
  await buildTeam(db, org, { unit: other, kind: 'unit_staff', name: 'Personalet på Valmuen' });
  return {
    org,
    units: { area, care, other },
    hr,
    areaLeader,
    leader,
    otherLeader,
    staff,
    staffTeam,
    qualityTeam,
  };
}

describeEachEngine('surveys: from a weak result to work', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function closedWeakRound(o: Awaited<ReturnType<typeof weakOrg>>) {
    const opened = await req(o.hr, 'POST', '/surveys/rounds', {
      instrument: 'social_capital',
      title: 'Social kapital 2027',
      unitIds: [o.units.care.id],
      days: 14,
    });
    expect(opened.status, opened.text).toBe(201);
    for (const person of o.staff) {
      const [mail] = await mailsTo(env().database.db, o.org.id, person.email!);
      const token = /\/s\/([\w-]+)/.exec(mail!.text)![1]!;
      const answered = await req(person, 'POST', `/surveys/answer/${token}`, {
        scores: Array.from({ length: SC_ITEMS }, () => 2),
      });
      expect(answered.status, answered.text).toBeLessThan(300);
    }
    const id = opened.json.round.id as string;
    expect((await req(o.hr, 'POST', `/surveys/rounds/${id}/close`)).status).toBe(200);
    return id;
  }

  it('the unit’s leader is offered its teams; the leader above and HR read the page without the offer; others 404', async () => {
    const o = await weakOrg(env().database.db);
    const id = await closedWeakRound(o);
    const path = `/surveys/rounds/${id}/units/${o.units.care.id}`;

    const mine = await req(o.leader, 'GET', path);
    expect(mine.status, mine.text).toBe(200);
    expect(mine.json.weak.length).toBeGreaterThan(0);
    expect(mine.json.can).toEqual({ act: true });
    expect(mine.json.teams).toEqual([
      { id: o.qualityTeam.id, name: 'Kvalitetsteam Lærkebo', kind: 'quality' },
      { id: o.staffTeam.id, name: 'Personalet på Lærkebo', kind: 'unit_staff' },
    ]);

    for (const reader of [o.areaLeader, o.hr]) {
      const read = await req(reader, 'GET', path);
      expect(read.status).toBe(200);
      expect([read.json.can, read.json.teams]).toEqual([{ act: false }, []]);
    }
    for (const outsider of [o.otherLeader, o.staff[0]!])
      expect((await req(outsider, 'GET', path)).status).toBe(404);
  });

  it('the leader starts a team conversation with the result as its first agenda point, and a development point', async () => {
    const o = await weakOrg(env().database.db);
    await closedWeakRound(o);
    const reason = 'Social kapital 2027: Tillid 25 point (under 50)';
    const startsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    const planned = await req(o.leader, 'POST', '/conversations', {
      kind: 'team',
      teamId: o.staffTeam.id,
      facilitatorId: o.leader.id,
      startsAt,
      agenda: reason,
    });
    expect(planned.status, planned.text).toBe(201);
    expect(planned.json.agenda).toEqual([
      expect.objectContaining({ section: 'other', text: reason, mine: true, done: false }),
    ]);
    // An agenda point longer than the form allows is refused on its field, and nothing is planned.
    const long = await req(o.leader, 'POST', '/conversations', {
      kind: 'team',
      teamId: o.staffTeam.id,
      facilitatorId: o.leader.id,
      startsAt,
      agenda: 'x'.repeat(501),
    });
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.json.error)).toContain('agenda');

    const point = await req(o.leader, 'POST', `/quality/teams/${o.qualityTeam.id}/points`, {
      title: 'Arbejde med: Tillid',
      description: reason,
    });
    expect(point.status, point.text).toBe(201);
    expect(point.json.item).toMatchObject({ title: 'Arbejde med: Tillid', description: reason });
    // The leader above was not offered the team, and the team's work refuses her as the offer did.
    expect(
      (await req(o.areaLeader, 'POST', `/quality/teams/${o.qualityTeam.id}/points`, { title: 'x' })).status,
    ).toBe(404);
  });
});
