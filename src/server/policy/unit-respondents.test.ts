import { expect, it } from 'vitest';
import { contextFor, describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { isUnitRespondent, respondentPlacementsText, unitRespondentsText } from './unit-respondents.js';

// A unit's respondents: the staff of the unit or a unit below it; not learning partners, HR or admins by role.
describePolicy('a unit’s respondents', (world, env) => {
  it('isUnitRespondent(the institution above the room)', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => isUnitRespondent(ctx, w.units.instA.id),
      everyone(false, { self: true, nearestLeader: true }),
    );
    expect(await isUnitRespondent(await contextFor(env(), w.learningPartner), w.units.instA.id)).toBe(false);
  });

  it('the area’s respondents are the staff of every institution below it', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => isUnitRespondent(ctx, w.units.area.id),
      everyone(false, {
        self: true,
        nearestLeader: true,
        leaderAbove: true,
        teamMember: true,
        teamLeader: true,
        outsider: true,
      }),
    );
  });

  it('the inverse agrees, and each respondent is placed once, in their own unit', async () => {
    const w = await world();
    const db = env().database.db;
    const people = await idsOf(db, unitRespondentsText.bound(w.org.id, w.units.instA.id));
    await expectTable(
      env(),
      w,
      async (_ctx, actor) => people.includes(actor.id),
      everyone(false, { self: true, nearestLeader: true }),
    );
    const placed = (await db.execute(
      respondentPlacementsText.bound(w.org.id, w.units.instA.id),
    )) as unknown as {
      rows: { person_id: string; unit_id: string }[];
    };
    expect(placed.rows.map((r) => [r.person_id, r.unit_id]).sort()).toEqual(
      [
        [w.actors.self.id, w.units.room.id],
        [w.actors.nearestLeader.id, w.units.instA.id],
      ].sort(),
    );
  });
});
