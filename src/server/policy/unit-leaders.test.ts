import { it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { isUnitLeader, ledUnitsText } from './unit-leaders.js';

// A unit's nearest leaders: the room has no leader of its own, so they are the institution's.
describePolicy('nearest leader of a unit', (world, env) => {
  it('isUnitLeader(the room, the team’s institution, the area, the administration)', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => isUnitLeader(ctx, w.units.room.id),
      everyone(false, { nearestLeader: true }),
    );
    await expectTable(
      env(),
      w,
      (ctx) => isUnitLeader(ctx, w.units.instB.id),
      everyone(false, { teamLeader: true }),
    );
    // The area is led by its own leader; nobody leads the administration above it.
    await expectTable(
      env(),
      w,
      (ctx) => isUnitLeader(ctx, w.units.area.id),
      everyone(false, { leaderAbove: true }),
    );
    await expectTable(env(), w, (ctx) => isUnitLeader(ctx, w.units.admin.id), everyone(false));
  });

  it('the inverse agrees: the room is among the units the actor leads nearest', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      async (ctx, actor) =>
        (await idsOf(ctx.db, ledUnitsText.bound(actor.orgId, actor.id))).includes(w.units.room.id),
      everyone(false, { nearestLeader: true }),
    );
  });
});
