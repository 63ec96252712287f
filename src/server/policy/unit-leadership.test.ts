import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, idsOf, type PolicyWorld } from '../../../test/policy-world.js';
import { leadersAtOrAboveText, leadsUnitOrAbove, ledSubtreeText } from './unit-leadership.js';

// Leading a unit or a unit above it: who manages what the room holds (its teams' structure, frames, forums).
describeEachEngine('policy: leads a unit or one above it', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const answers = {
    self: false,
    nearestLeader: true,
    leaderAbove: true,
    teamMember: false,
    teamLeader: false,
    hr: false,
    orgAdmin: false,
    outsider: false,
    stranger: false,
  };

  it('leadsUnitOrAbove(the room)', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => leadsUnitOrAbove(ctx, world.units.room.id), answers);
  });

  it('the inverses agree: the room is in the actor’s led subtree; the actor is among the room’s leaders at or above', async () => {
    const world = await w();
    const { db } = env().database;
    const atOrAbove = await idsOf(db, leadersAtOrAboveText.bound(world.org.id, world.units.room.id));
    await expectTable(
      env(),
      world,
      async (ctx, actor) =>
        (await idsOf(db, ledSubtreeText.bound(ctx.actor.orgId, actor.id))).includes(world.units.room.id),
      answers,
    );
    await expectTable(env(), world, async (_ctx, actor) => atOrAbove.includes(actor.id), answers);
  });
});
