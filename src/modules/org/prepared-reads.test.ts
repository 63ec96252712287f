import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { plansOf } from '../../../test/plans.js';
import { auditEvents } from '../../server/audit/schema.js';
import type { Db } from '../../server/db/client.js';
import { nearestLeaders } from '../../server/policy/nearest-leaders.js';
import { unitWithAncestors } from '../../server/policy/unit-tree.js';
import { unitPageStatement } from './services/get-unit.js';

// The hot path runs as prepared statements (src/server/db/prepared.ts); these pin down that they
// give the same answers whatever the list length, inside a transaction as on the pool, and that
// the person page's single statement still audits every read of someone else's record.
describeEachEngine('prepared reads', (env) => {
  const readsOf = async (db: Db, orgId: string, subject: Person) =>
    db
      .select({ actorId: auditEvents.actorId, details: auditEvents.details })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.orgId, orgId),
          eq(auditEvents.subjectPersonId, subject.id),
          eq(auditEvents.action, 'person.read'),
        ),
      )
      .orderBy(auditEvents.id);

  it('nearest leaders are the same for one person at a time, for a list of any length, and in a transaction', async () => {
    const { db } = env().database;
    const o = await buildTwoLayerOrg(db);
    const everyone = [o.employeeA, o.colleagueA, o.employeeB, o.leaderA, o.leaderB, o.areaLeader, o.hr];
    const one = new Map<string, string[]>();
    for (const p of everyone)
      one.set(
        p.id,
        (await nearestLeaders(db, o.org.id, [p.id])).get(p.id)!.map((l) => l.name),
      );
    expect(one.get(o.employeeA.id)).toEqual([o.leaderA.name]);
    expect(one.get(o.leaderB.id)).toEqual([o.areaLeader.name]);
    for (const length of [2, 3, everyone.length]) {
      const ids = everyone.slice(0, length).map((p) => p.id);
      const many = await nearestLeaders(db, o.org.id, ids);
      expect([...many.keys()]).toEqual(ids);
      for (const id of ids) expect(many.get(id)!.map((l) => l.name)).toEqual(one.get(id));
    }
    const inTx = await db.transaction(async (tx) =>
      nearestLeaders(tx as unknown as Db, o.org.id, [o.employeeB.id]),
    );
    expect(inTx.get(o.employeeB.id)!.map((l) => l.name)).toEqual([o.leaderB.name]);
    // Another organisation's id sees nothing.
    const other = await buildTwoLayerOrg(db);
    expect((await nearestLeaders(db, other.org.id, [o.employeeA.id])).get(o.employeeA.id)).toEqual([]);
  });

  it('a unit and its ancestors, nearest first, on the pool and in a transaction', async () => {
    const { db } = env().database;
    const o = await buildTwoLayerOrg(db);
    const names = (await unitWithAncestors(db, o.org.id, o.units.room.id)).map((u) => u.name);
    expect(names).toEqual([o.units.room.name, o.units.instA.name, o.units.area.name, o.units.admin.name]);
    const inTx = await db.transaction(async (tx) =>
      unitWithAncestors(tx as unknown as Db, o.org.id, o.units.room.id),
    );
    expect(inTx.map((u) => u.name)).toEqual(names);
    expect(await unitWithAncestors(db, (await buildTwoLayerOrg(db)).org.id, o.units.room.id)).toEqual([]);
  });

  it('writes one audit row for every read of someone else’s record, with the relation, and none otherwise', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const o = await buildTwoLayerOrg(db);
    const read = async (as: Person, subject: Person) =>
      call(app, 'GET', `/api/people/${subject.id}`, { as: await signInAs(db, config, as) });

    for (let i = 0; i < 3; i++) expect((await read(o.leaderA, o.employeeA)).status).toBe(200);
    expect((await read(o.hr, o.employeeA)).status).toBe(200);
    // The person themselves: no row. A colleague and another unit's leader: 404 and no row.
    const own = await read(o.employeeA, o.employeeA);
    expect(own.status).toBe(200);
    expect(own.json.relation).toBe('self');
    expect((await read(o.colleagueA, o.employeeA)).status).toBe(404);
    expect((await read(o.leaderB, o.employeeA)).status).toBe(404);

    expect(await readsOf(db, o.org.id, o.employeeA)).toEqual([
      { actorId: o.leaderA.id, details: { relation: 'leader' } },
      { actorId: o.leaderA.id, details: { relation: 'leader' } },
      { actorId: o.leaderA.id, details: { relation: 'leader' } },
      { actorId: o.hr.id, details: { relation: 'admin' } },
    ]);
    const page = await read(o.hr, o.employeeA);
    expect(page.json.relation).toBe('admin');
    expect(page.json.nearestLeaders).toEqual([{ id: o.leaderA.id, name: o.leaderA.name }]);
    expect(page.json.memberships).toEqual([
      expect.objectContaining({ unitId: o.units.room.id, unitName: o.units.room.name, role: 'employee' }),
    ]);
    expect(await readsOf(db, o.org.id, o.employeeA)).toHaveLength(5);
  });
});

describeEachEngine('the unit page’s statement', (env) => {
  it('keeps one plan for every reader: admins, leaders, employees and outsiders alike', async () => {
    if (env().engine !== 'postgres') return;
    const o = await buildTwoLayerOrg(env().database.db);
    const readers = [o.hr, o.areaLeader, o.leaderA, o.employeeA, o.leaderB, o.employeeB];
    const plans = await plansOf(env().database.db, 'org_unit_page', async (tx) => {
      for (const reader of [...readers, ...readers])
        expect(await unitPageStatement(tx, [o.org.id, o.units.instA.id, reader.id])).toMatchObject([
          { id: o.units.instA.id },
        ]);
    });
    expect(plans.runs).toBe(12);
    expect(plans.custom).toBeLessThanOrEqual(5);
  });
});
