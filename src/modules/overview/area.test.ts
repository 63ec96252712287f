import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import type { Db } from '../../server/db/client.js';
import { emptyData, learningCircle } from '../inquiry/index.js';
import { inquiries } from '../inquiry/schema.js';
import { cadences, conversationParticipants, conversations } from '../conversations/schema.js';
import { goals } from '../goals/schema.js';

const DAY = 86_400_000;

async function oneToOne(
  db: Db,
  orgId: string,
  leader: Person,
  subject: Person,
  at: Date,
  status: 'held' | 'planned',
) {
  const [c] = await db
    .insert(conversations)
    .values({ orgId, kind: 'one_to_one', startsAt: at, status, calendarUid: `uid-${Math.random()}` })
    .returning();
  await db.insert(conversationParticipants).values([
    { orgId, conversationId: c!.id, personId: leader.id, role: 'leader' },
    { orgId, conversationId: c!.id, personId: subject.id, role: 'subject' },
  ]);
}

async function goalWithCircle(
  db: Db,
  orgId: string,
  person: Person,
  circle: { deadline?: string; updatedAt?: Date; status?: 'open' | 'done' } | null,
) {
  const [g] = await db
    .insert(goals)
    .values({ orgId, subjectPersonId: person.id, title: 'Et mål' })
    .returning();
  if (circle)
    await db.insert(inquiries).values({
      orgId,
      form: 'learning_circle',
      subjectPersonId: person.id,
      goalId: g!.id,
      data: emptyData(learningCircle),
      deadline: circle.deadline ?? null,
      status: circle.status ?? 'open',
      createdBy: person.id,
      updatedAt: circle.updatedAt ?? new Date(),
    });
}

/*
 * Two areas. Område Vest (Vera) holds Solsikken (its leader Sune, four staff, and a room without a
 * leader of its own with two more: seven people) and Myretuen (its leader and two staff: three).
 * Område Øst (Ole) holds Valmuen. An employee of Solsikken leads nothing.
 */
async function world(db: Db) {
  const org = await buildOrg(db);
  const admin = await buildUnit(db, org, { kind: 'administration', name: 'Forvaltningen' });
  const west = await buildUnit(db, org, { kind: 'area', name: 'Område Vest', parentId: admin.id });
  const east = await buildUnit(db, org, { kind: 'area', name: 'Område Øst', parentId: admin.id });
  const sol = await buildUnit(db, org, { kind: 'institution', name: 'Solsikken', parentId: west.id });
  const room = await buildUnit(db, org, { kind: 'department', name: 'Rød stue', parentId: sol.id });
  const myre = await buildUnit(db, org, { kind: 'institution', name: 'Myretuen', parentId: west.id });
  const valmuen = await buildUnit(db, org, { kind: 'institution', name: 'Valmuen', parentId: east.id });
  const person = (name: string, unit: typeof west, role: 'leader' | 'employee' = 'employee') =>
    buildPerson(db, org, { name, roles: [{ unit, role }] });
  const vera = await person('Vera Områdeleder', west, 'leader');
  const ole = await person('Ole Områdeleder', east, 'leader');
  const sune = await person('Sune Leder', sol, 'leader');
  const staff = [
    await person('Anne A', sol),
    await person('Bent B', sol),
    await person('Carl C', sol),
    await person('Dina D', sol),
  ];
  const roomStaff = [await person('Eva E', room), await person('Finn F', room)];
  const myreLeader = await person('Mia Leder', myre, 'leader');
  const myreStaff = [await person('Ulla U', myre), await person('Vagn V', myre)];
  const valmuenLeader = await person('Vibe Leder', valmuen, 'leader');
  const hr = await buildPerson(db, org, { roles: [{ unit: admin, role: 'hr' }] });
  return {
    org,
    west,
    east,
    sol,
    room,
    myre,
    valmuen,
    vera,
    ole,
    sune,
    staff,
    roomStaff,
    myreLeader,
    myreStaff,
    valmuenLeader,
    hr,
  };
}

describeEachEngine('the area leader’s numbers', (env) => {
  it('sums up each unit whose leader the area leader leads, with its subtree: people, goals, rhythm, overdue, stalled circles', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const w = await world(db);
    const now = Date.now();
    const orgId = w.org.id;
    // Rhythm: Anne held 20 days ago (in the default eight weeks); Bent 70 days ago (out, nothing
    // planned: overdue); Carl 70 days ago but every twelve weeks (in); Dina never, but planned
    // (out, not overdue); Eva held 10 days ago; Finn and Sune never (overdue). The area leader's
    // 1:1 with Sune from last year is out of rhythm too.
    await oneToOne(db, orgId, w.sune, w.staff[0]!, new Date(now - 20 * DAY), 'held');
    await oneToOne(db, orgId, w.sune, w.staff[1]!, new Date(now - 70 * DAY), 'held');
    await oneToOne(db, orgId, w.sune, w.staff[2]!, new Date(now - 70 * DAY), 'held');
    await db
      .insert(cadences)
      .values({ orgId, leaderId: w.sune.id, personId: w.staff[2]!.id, intervalWeeks: 12 });
    await oneToOne(db, orgId, w.sune, w.staff[3]!, new Date(now + 5 * DAY), 'planned');
    await oneToOne(db, orgId, w.sune, w.roomStaff[0]!, new Date(now - 10 * DAY), 'held');
    await oneToOne(db, orgId, w.vera, w.sune, new Date(now - 400 * DAY), 'held');
    // Goals: Anne's circle is past its deadline, Bent's untouched for 40 days, Carl's fresh, Eva's
    // finished long ago (not stalled), Dina has a goal without a circle.
    await goalWithCircle(db, orgId, w.staff[0]!, { deadline: '2020-01-01' });
    await goalWithCircle(db, orgId, w.staff[1]!, { updatedAt: new Date(now - 40 * DAY) });
    await goalWithCircle(db, orgId, w.staff[2]!, {});
    await goalWithCircle(db, orgId, w.roomStaff[0]!, { status: 'done', updatedAt: new Date(now - 90 * DAY) });
    await goalWithCircle(db, orgId, w.staff[3]!, null);
    // In Myretuen, a stalled circle that must not show: the unit is too small.
    await goalWithCircle(db, orgId, w.myreStaff[0]!, { deadline: '2020-01-01' });

    const as = await signInAs(db, config, w.vera);
    const res = await call(app, 'GET', '/api/area', { as });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      minGroup: 5,
      units: [
        {
          unit: { id: w.myre.id, name: 'Myretuen' },
          leaders: [{ id: w.myreLeader.id, name: 'Mia Leder' }],
          people: 3,
          figures: null,
        },
        {
          unit: { id: w.sol.id, name: 'Solsikken' },
          leaders: [{ id: w.sune.id, name: 'Sune Leder' }],
          people: 7, // Sune, four staff and the room's two
          figures: {
            goalInFocus: 5, // Anne, Bent, Carl, Dina, Eva
            inRhythm: 3, // Anne, Carl (twelve weeks), Eva
            overdue: 3, // Bent, Finn, Sune (Dina has one planned)
            stalledCircles: 2, // Anne's deadline, Bent's month untouched
          },
        },
      ],
    });
    // No name of anyone the area leader does not lead, no goal, no circle.
    const text = JSON.stringify(res.json);
    for (const p of [...w.staff, ...w.roomStaff, ...w.myreStaff]) expect(text).not.toContain(p.name);
    expect(text).not.toContain('Et mål');

    // A part of the area: the unit asked about and what is under it.
    const one = await call(app, 'GET', `/api/area?unit=${w.sol.id}`, { as });
    expect(one.json.units.map((u: { unit: { id: string } }) => u.unit.id)).toEqual([w.sol.id]);
    const all = await call(app, 'GET', `/api/area?unit=${w.west.id}`, { as });
    expect(all.json.units).toHaveLength(2);
  });

  it('is the area leader’s own: another area’s units are not found, an employee and HR are refused, an institution leader has none', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const w = await world(db);
    const other = await world(db);
    const vera = await signInAs(db, config, w.vera);
    for (const unit of [
      w.east.id,
      w.valmuen.id,
      other.sol.id,
      other.west.id,
      '00000000-0000-4000-8000-000000000000',
    ]) {
      const res = await call(app, 'GET', `/api/area?unit=${unit}`, { as: vera });
      expect(res.status, unit).toBe(404);
    }
    expect((await call(app, 'GET', '/api/area?unit=nope', { as: vera })).status).toBe(400);
    const ole = await call(app, 'GET', '/api/area', { as: await signInAs(db, config, w.ole) });
    expect(ole.json.units.map((u: { unit: { name: string } }) => u.unit.name)).toEqual(['Valmuen']);
    for (const person of [w.staff[0]!, w.hr]) {
      const res = await call(app, 'GET', '/api/area', { as: await signInAs(db, config, person) });
      expect(res.status).toBe(403);
    }
    const sune = await call(app, 'GET', '/api/area', { as: await signInAs(db, config, w.sune) });
    expect(sune.status).toBe(200);
    expect(sune.json.units).toEqual([]);
    // The institution leader asking about their own institution: it is theirs, but no one below leads.
    const own = await call(app, 'GET', `/api/area?unit=${w.sol.id}`, {
      as: await signInAs(db, config, w.sune),
    });
    expect(own.json.units).toEqual([]);
    expect((await call(app, 'GET', '/api/area')).status).toBe(401);
  });
});
