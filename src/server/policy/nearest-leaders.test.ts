import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, type PolicyWorld } from '../../../test/policy-world.js';
import { isNearestLeaderOf, peopleLedBy } from './nearest-leaders.js';

// A person's nearest leader: the room has no leader, so 'self''s nearest leader is the institution's.
describeEachEngine('policy: nearest leader of a person', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const answers = {
    self: false,
    nearestLeader: true,
    leaderAbove: false,
    teamMember: false,
    teamLeader: false,
    hr: false,
    orgAdmin: false,
    outsider: false,
    stranger: false,
  };

  it('isNearestLeaderOf(self)', async () => {
    const world = await w();
    const self = world.actors.self;
    await expectTable(
      env(),
      world,
      (ctx, actor) => isNearestLeaderOf(ctx.db, self.orgId, actor.id, self.id),
      answers,
    );
  });

  it('the inverse agrees: self is among the people the actor leads', async () => {
    const world = await w();
    await expectTable(
      env(),
      world,
      async (ctx, actor) => (await peopleLedBy(ctx.db, actor.orgId, actor.id)).includes(world.actors.self.id),
      answers,
    );
  });
});
