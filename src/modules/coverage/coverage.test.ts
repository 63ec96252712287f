import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import type { Db } from '../../server/db/client.js';
import { conversationParticipants, conversations } from '../conversations/schema.js';
import { goals } from '../goals/schema.js';

async function oneToOne(
  db: Db,
  orgId: string,
  leader: Person,
  subject: Person,
  startsAt: string,
  status: 'held' | 'planned',
) {
  const [c] = await db
    .insert(conversations)
    .values({
      orgId,
      kind: 'one_to_one',
      startsAt: new Date(startsAt),
      status,
      calendarUid: `uid-${Math.random()}`,
    })
    .returning();
  await db.insert(conversationParticipants).values([
    { orgId, conversationId: c!.id, personId: leader.id, role: 'leader' },
    { orgId, conversationId: c!.id, personId: subject.id, role: 'subject' },
  ]);
}

/*
 * An area (its leader), a daycare with six staff and a small room with four under the area: the
 * room is below the minimum of five, so its staff count with the area's leader in the area's group.
 */
async function world(db: Db) {
  const org = await buildOrg(db);
  const admin = await buildUnit(db, org, { kind: 'administration', name: 'Forvaltningen' });
  const hr = await buildPerson(db, org, { roles: [{ unit: admin, role: 'hr' }] });
  const area = await buildUnit(db, org, { kind: 'area', name: 'Område Vest' });
  const daycare = await buildUnit(db, org, {
    kind: 'institution',
    name: 'Børnehuset Solsikken',
    parentId: area.id,
  });
  const room = await buildUnit(db, org, { kind: 'department', name: 'Lille stue', parentId: area.id });
  const areaLeader = await buildPerson(db, org, { roles: [{ unit: area, role: 'leader' }] });
  const leader = await buildPerson(db, org, { roles: [{ unit: daycare, role: 'leader' }] });
  const staff: Person[] = [];
  for (let i = 0; i < 5; i++)
    staff.push(await buildPerson(db, org, { roles: [{ unit: daycare, role: 'employee' }] }));
  const roomStaff: Person[] = [];
  for (let i = 0; i < 4; i++)
    roomStaff.push(await buildPerson(db, org, { roles: [{ unit: room, role: 'employee' }] }));
  return { org, hr, area, daycare, room, areaLeader, leader, staff, roomStaff };
}

describeEachEngine('MUS coverage', (env) => {
  it('counts, per group of at least five, who had a held 1:1 in the period, who has a goal in focus, and who neither', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const w = await world(db);
    // Daycare (6 with its leader): two held 1:1s in 2026, one only planned, one held in 2025 only.
    await oneToOne(db, w.org.id, w.leader, w.staff[0]!, '2026-03-02T09:00:00Z', 'held');
    await oneToOne(db, w.org.id, w.leader, w.staff[1]!, '2026-11-30T23:30:00Z', 'held'); // 1 December in Copenhagen
    await oneToOne(db, w.org.id, w.leader, w.staff[2]!, '2026-12-20T09:00:00Z', 'planned');
    await oneToOne(db, w.org.id, w.leader, w.staff[3]!, '2025-06-02T09:00:00Z', 'held');
    // The area leader held the daycare leader's 1:1: it counts for the daycare leader, not for her.
    await oneToOne(db, w.org.id, w.areaLeader, w.leader, '2026-05-04T09:00:00Z', 'held');
    await db.insert(goals).values([
      { orgId: w.org.id, subjectPersonId: w.staff[0]!.id, title: 'Lytte mere' },
      { orgId: w.org.id, subjectPersonId: w.staff[2]!.id, title: 'Sproglege' },
      { orgId: w.org.id, subjectPersonId: w.staff[4]!.id, title: 'Udeliv', status: 'achieved' },
      { orgId: w.org.id, subjectPersonId: w.roomStaff[0]!.id, title: 'Musik' },
    ]);
    const as = await signInAs(db, config, w.hr);
    const res = await call(app, 'GET', '/api/coverage?from=2026-01-01&to=2026-12-31', { as });
    expect(res.status).toBe(200);
    expect(res.json.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(res.json.groups).toEqual([
      {
        unit: { id: w.daycare.id, name: 'Børnehuset Solsikken' },
        includes: [],
        employees: 6,
        heldOneToOne: 3, // staff 0, staff 1 and the leader
        goalInFocus: 2, // staff 0 and staff 2 (staff 4's is achieved)
        neither: 2, // staff 3 (held only in 2025) and staff 4
        requirementMet: false,
      },
      {
        unit: { id: w.area.id, name: 'Område Vest' },
        includes: [{ id: w.room.id, name: 'Lille stue' }],
        employees: 5, // the area leader and the room's four
        heldOneToOne: 0,
        goalInFocus: 1,
        neither: 4,
        requirementMet: false,
      },
    ]);
    expect(res.json.total).toEqual({
      employees: 11,
      heldOneToOne: 3,
      goalInFocus: 3,
      neither: 6,
      requirementMet: false,
    });
    expect(res.json.notShown).toBe(0);
    // The room never appears on its own, so nothing about its four can be subtracted out.
    expect(JSON.stringify(res.json.groups.map((g: { unit: { id: string } }) => g.unit.id))).not.toContain(
      w.room.id,
    );

    // Another period: the 2025 1:1 counts, the 2026 ones do not.
    const earlier = await call(app, 'GET', '/api/coverage?from=2025-01-01&to=2025-12-31', { as });
    expect(earlier.json.total.heldOneToOne).toBe(1);
  });

  it('hides what stays below five even at the top, and refuses a backwards or impossible period', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const unit = await buildUnit(db, org, { kind: 'administration' });
    const hr = await buildPerson(db, org, { roles: [{ unit, role: 'hr' }] });
    for (let i = 0; i < 3; i++) await buildPerson(db, org, { roles: [{ unit, role: 'employee' }] });
    const as = await signInAs(db, config, hr);
    const res = await call(app, 'GET', '/api/coverage', { as });
    expect(res.status).toBe(200);
    expect(res.json.groups).toEqual([]);
    expect(res.json.total.employees).toBe(0);
    expect(res.json.notShown).toBe(3);
    expect(res.json.period.from).toMatch(/^\d{4}-01-01$/);
    for (const query of [
      'from=2026-12-31&to=2026-01-01',
      'from=0000-01-01',
      'to=2026-02-30',
      'from=yesterday',
    ]) {
      const bad = await call(app, 'GET', `/api/coverage?${query}`, { as });
      expect(bad.status, query).toBe(400);
    }
  });

  it('is for HR and organisation admins only, and each sees only their own organisation', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const w = await world(db);
    const other = await world(db);
    for (const person of [w.leader, w.areaLeader, w.staff[0]!]) {
      const as = await signInAs(db, config, person);
      expect((await call(app, 'GET', '/api/coverage', { as })).status).toBe(403);
    }
    const as = await signInAs(db, config, other.hr);
    const res = await call(app, 'GET', '/api/coverage', { as });
    const ids = res.json.groups.map((g: { unit: { id: string } }) => g.unit.id);
    expect(ids).toContain(other.daycare.id);
    expect(ids).not.toContain(w.daycare.id);
  });
});
