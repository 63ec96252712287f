import { it } from 'vitest';
import { describePolicy, everyone, expectTable } from '../../../test/policy-world.js';
import { isNearestLeaderOf, peopleLedBy } from './nearest-leaders.js';

// A person's nearest leader: the room has no leader, so 'self''s nearest leader is the institution's.
describePolicy('nearest leader of a person', (world, env) => {
  const answers = everyone(false, { nearestLeader: true });

  it('isNearestLeaderOf(self)', async () => {
    const w = await world();
    const self = w.actors.self;
    await expectTable(
      env(),
      w,
      (ctx, actor) => isNearestLeaderOf(ctx.db, self.orgId, actor.id, self.id),
      answers,
    );
  });

  it('the inverse agrees: self is among the people the actor leads', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      async (ctx, actor) => (await peopleLedBy(ctx.db, actor.orgId, actor.id)).includes(w.actors.self.id),
      answers,
    );
  });
});
