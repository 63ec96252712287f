import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  buildOrg,
  buildPerson,
  buildTwoLayerOrg,
  buildUnit,
  signInAs,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { eq } from 'drizzle-orm';
import { memberships, people } from './schema.js';
import { nearestLeaders, peopleLedBy } from '../../server/policy/nearest-leaders.js';

describeEachEngine('nearest leaders', (env) => {
  async function leadersOf(person: Person, as: Person) {
    const { app, database, config } = env();
    const res = await call(app, 'GET', `/api/people/${person.id}`, {
      as: await signInAs(database.db, config, as),
    });
    expect(res.status).toBe(200);
    return (res.json.nearestLeaders as { id: string; name: string }[]).map((l) => l.name);
  }

  it('an employee in a room without a leader gets the institution leader above the room', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    expect(await leadersOf(o.employeeA, o.employeeA)).toEqual([o.leaderA.name]);
    expect(await leadersOf(o.colleagueA, o.colleagueA)).toEqual([o.leaderA.name]);
    expect(await leadersOf(o.employeeB, o.employeeB)).toEqual([o.leaderB.name]);
  });

  it('an institution leader gets the area leader, one layer up', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    expect(await leadersOf(o.leaderA, o.leaderA)).toEqual([o.areaLeader.name]);
    expect(await leadersOf(o.leaderB, o.leaderB)).toEqual([o.areaLeader.name]);
    // Nobody leads the administration, so the area leader has no nearest leader; HR memberships give none.
    expect(await leadersOf(o.areaLeader, o.areaLeader)).toEqual([]);
    expect(await leadersOf(o.hr, o.hr)).toEqual([]);
  });

  it('a person in two units gets the leaders of both', async () => {
    const { db } = env().database;
    const o = await buildTwoLayerOrg(db);
    await db.insert(memberships).values({
      orgId: o.org.id,
      personId: o.employeeA.id,
      unitId: o.units.instB.id,
      role: 'resource_person',
    });
    expect((await leadersOf(o.employeeA, o.employeeA)).sort()).toEqual(
      [o.leaderA.name, o.leaderB.name].sort(),
    );
  });

  it('walks up past units without a leader, and past deactivated leaders', async () => {
    const { db } = env().database;
    const o = await buildTwoLayerOrg(db);
    // Institution B loses its leader: its employee's nearest leader becomes the area leader.
    await db.update(people).set({ active: false }).where(eq(people.id, o.leaderB.id));
    expect(await leadersOf(o.employeeB, o.employeeB)).toEqual([o.areaLeader.name]);
  });

  it('a leader who is also employee of their own unit is led from the unit above; co-leaders do not lead each other', async () => {
    const { db } = env().database;
    const o = await buildTwoLayerOrg(db);
    await db
      .insert(memberships)
      .values({ orgId: o.org.id, personId: o.leaderA.id, unitId: o.units.instA.id, role: 'employee' });
    const coLeader = await buildPerson(db, o.org, { roles: [{ unit: o.units.instA, role: 'leader' }] });
    expect(await leadersOf(o.leaderA, o.leaderA)).toEqual([o.areaLeader.name]);
    expect(await leadersOf(coLeader, coLeader)).toEqual([o.areaLeader.name]);
    expect((await leadersOf(o.colleagueA, o.colleagueA)).sort()).toEqual(
      [o.leaderA.name, coLeader.name].sort(),
    );
  });

  it('peopleLedBy is the exact inverse of nearestLeaders on a random tree', async () => {
    const { db } = env().database;
    const org = await buildOrg(db);
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const unitList = [await buildUnit(db, org, { kind: 'administration' })];
    for (let i = 0; i < 24; i++) unitList.push(await buildUnit(db, org, { parentId: pick(unitList).id }));
    const everyone: Person[] = [];
    for (let i = 0; i < 40; i++) {
      const roles = Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
        unit: pick(unitList),
        role: pick(['employee', 'employee', 'leader', 'resource_person', 'hr'] as const),
      }));
      const unique = roles.filter(
        (r, j) => roles.findIndex((s) => s.unit.id === r.unit.id && s.role === r.role) === j,
      );
      everyone.push(
        await buildPerson(db, org, { roles: unique, active: random() > 0.1, withPassword: false }),
      );
    }
    const forward = await nearestLeaders(
      db,
      org.id,
      everyone.map((p) => p.id),
    );
    for (const leader of everyone.filter((p) => p.active)) {
      const expected = everyone
        .filter((p) => forward.get(p.id)!.some((l) => l.id === leader.id))
        .map((p) => p.id)
        .sort();
      expect((await peopleLedBy(db, org.id, leader.id)).sort()).toEqual(expected);
    }
    // The tree must actually exercise the rule: some people have leaders, some have several.
    expect([...forward.values()].filter((l) => l.length > 0).length).toBeGreaterThan(10);
  });
});
