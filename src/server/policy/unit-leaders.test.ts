import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, idsOf, type PolicyWorld } from '../../../test/policy-world.js';
import { isUnitLeader, ledUnitsText } from './unit-leaders.js';

// A unit's nearest leaders: the room has no leader of its own, so they are the institution's.
describeEachEngine('policy: nearest leader of a unit', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const none = {
    self: false,
    nearestLeader: false,
    leaderAbove: false,
    teamMember: false,
    teamLeader: false,
    hr: false,
    orgAdmin: false,
    outsider: false,
    stranger: false,
  };

  it('isUnitLeader(the room) and isUnitLeader(the team’s institution)', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => isUnitLeader(ctx, world.units.room.id), {
      ...none,
      nearestLeader: true,
    });
    await expectTable(env(), world, (ctx) => isUnitLeader(ctx, world.units.instB.id), {
      ...none,
      teamLeader: true,
    });
    // The area is led by its own leader; the administration above it has none, and nobody leads it.
    await expectTable(env(), world, (ctx) => isUnitLeader(ctx, world.units.area.id), {
      ...none,
      leaderAbove: true,
    });
    await expectTable(env(), world, (ctx) => isUnitLeader(ctx, world.units.admin.id), none);
  });

  it('the inverse agrees: the room is among the units the actor leads nearest', async () => {
    const world = await w();
    await expectTable(
      env(),
      world,
      async (ctx, actor) =>
        (await idsOf(ctx.db, ledUnitsText.bound(actor.orgId, actor.id))).includes(world.units.room.id),
      { ...none, nearestLeader: true },
    );
  });
});
