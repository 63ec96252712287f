import { it } from 'vitest';
import { describePolicy, everyone, expectTable } from '../../../test/policy-world.js';
import { FACILITATOR_ROLES } from './roles.js';
import { holdersOf } from './role-holders.js';

// Holding a facilitator role (leader or resource person) anywhere: who may lead a team conversation.
describePolicy('holder of a role', (world, env) => {
  it('holdersOf(FACILITATOR_ROLES)', async () => {
    await expectTable(
      env(),
      await world(),
      async (ctx, actor) =>
        (await holdersOf(ctx.db, ctx.actor.orgId, [actor.id], FACILITATOR_ROLES)).has(actor.id),
      everyone(false, { nearestLeader: true, leaderAbove: true, teamLeader: true }),
    );
  });
});
