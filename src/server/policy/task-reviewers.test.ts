import { expect, it } from 'vitest';
import { buildPerson } from '../../../test/factories.js';
import { contextFor, describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { mayReviewForUnit, reviewedUnitsText, taskReviewersText } from './task-reviewers.js';

// Who may hold a practice review for a unit's task: its leaders and those above, and resource persons
// of the unit, above it or below it. Employees, HR, admins and other units may not.
describePolicy('a reviewer of a unit’s tasks', (world, env) => {
  const answers = everyone(false, { nearestLeader: true, leaderAbove: true });

  it('mayReviewForUnit(the institution)', async () => {
    const w = await world();
    await expectTable(env(), w, (ctx) => mayReviewForUnit(ctx, w.units.instA.id), answers);
  });

  it('resource persons: of the room below the institution yes, of a neighbouring institution no', async () => {
    const w = await world();
    const db = env().database.db;
    const inRoom = await buildPerson(db, w.org, { roles: [{ unit: w.units.room, role: 'resource_person' }] });
    const inArea = await buildPerson(db, w.org, { roles: [{ unit: w.units.area, role: 'resource_person' }] });
    const nextDoor = await buildPerson(db, w.org, {
      roles: [{ unit: w.units.instB, role: 'resource_person' }],
    });
    expect(await mayReviewForUnit(await contextFor(env(), inRoom), w.units.instA.id)).toBe(true);
    expect(await mayReviewForUnit(await contextFor(env(), inArea), w.units.instA.id)).toBe(true);
    expect(await mayReviewForUnit(await contextFor(env(), nextDoor), w.units.instA.id)).toBe(false);
    // The room's resource person reviews the room's tasks too, but not the neighbour's.
    expect(await mayReviewForUnit(await contextFor(env(), inRoom), w.units.room.id)).toBe(true);
    expect(await mayReviewForUnit(await contextFor(env(), inRoom), w.units.instB.id)).toBe(false);
    const units = await idsOf(db, reviewedUnitsText.bound(w.org.id, inRoom.id));
    expect(units.sort()).toEqual(
      [w.units.admin.id, w.units.area.id, w.units.instA.id, w.units.room.id].sort(),
    );
  });

  it('the inverses agree: the institution’s reviewers, and the units each actor reviews for', async () => {
    const w = await world();
    const db = env().database.db;
    const reviewers = await idsOf(db, taskReviewersText.bound(w.org.id, w.units.instA.id));
    await expectTable(env(), w, async (_ctx, actor) => reviewers.includes(actor.id), answers);
    await expectTable(
      env(),
      w,
      async (_ctx, actor) =>
        (await idsOf(db, reviewedUnitsText.bound(w.org.id, actor.id))).includes(w.units.instA.id),
      answers,
    );
  });
});
