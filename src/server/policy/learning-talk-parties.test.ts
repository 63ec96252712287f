import { it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { isLearningTalkParty, learningTalkUnitsText } from './learning-talk-parties.js';

// A unit's learning conversation: its nearest leaders and the nearest leaders of the unit above.
describePolicy('parties to a unit’s learning conversation', (world, env) => {
  it('isLearningTalkParty(an institution, the room, the area)', async () => {
    const w = await world();
    // Solsikken talks with the area: its leader and the area leader.
    await expectTable(
      env(),
      w,
      (ctx) => isLearningTalkParty(ctx, w.units.instA.id),
      everyone(false, { nearestLeader: true, leaderAbove: true }),
    );
    // The room has no leader of its own: the institution's leader is its nearest, and leads the level above.
    await expectTable(
      env(),
      w,
      (ctx) => isLearningTalkParty(ctx, w.units.room.id),
      everyone(false, { nearestLeader: true }),
    );
    await expectTable(
      env(),
      w,
      (ctx) => isLearningTalkParty(ctx, w.units.instB.id),
      everyone(false, { teamLeader: true, leaderAbove: true }),
    );
    // Nobody leads the administration, so the area's conversation is its own leader's alone.
    await expectTable(
      env(),
      w,
      (ctx) => isLearningTalkParty(ctx, w.units.area.id),
      everyone(false, { leaderAbove: true }),
    );
  });

  it('the inverse agrees: the units whose conversation the actor is a party to', async () => {
    const w = await world();
    for (const unit of [w.units.instA, w.units.room, w.units.instB, w.units.area]) {
      const expected = {
        [w.units.instA.id]: everyone(false, { nearestLeader: true, leaderAbove: true }),
        [w.units.room.id]: everyone(false, { nearestLeader: true }),
        [w.units.instB.id]: everyone(false, { teamLeader: true, leaderAbove: true }),
        [w.units.area.id]: everyone(false, { leaderAbove: true }),
      }[unit.id]!;
      await expectTable(
        env(),
        w,
        async (ctx, actor) =>
          (await idsOf(ctx.db, learningTalkUnitsText.bound(actor.orgId, actor.id))).includes(unit.id),
        expected,
      );
    }
  });
});
