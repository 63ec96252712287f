import { it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { leadersAtOrAboveText, leadsUnitOrAbove, ledSubtreeText } from './unit-leadership.js';

// Leading a unit or a unit above it: who manages what the room holds (its teams' structure, frames, forums).
describePolicy('leads a unit or one above it', (world, env) => {
  const answers = everyone(false, { nearestLeader: true, leaderAbove: true });

  it('leadsUnitOrAbove(the room)', async () => {
    const w = await world();
    await expectTable(env(), w, (ctx) => leadsUnitOrAbove(ctx, w.units.room.id), answers);
  });

  it('the inverses agree: the room is in the actor’s led subtree; the actor is among the room’s leaders at or above', async () => {
    const w = await world();
    const { db } = env().database;
    const atOrAbove = await idsOf(db, leadersAtOrAboveText.bound(w.org.id, w.units.room.id));
    await expectTable(
      env(),
      w,
      async (ctx, actor) =>
        (await idsOf(db, ledSubtreeText.bound(ctx.actor.orgId, actor.id))).includes(w.units.room.id),
      answers,
    );
    await expectTable(env(), w, async (_ctx, actor) => atOrAbove.includes(actor.id), answers);
  });
});
