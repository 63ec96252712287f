import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, type PolicyWorld } from '../../../test/policy-world.js';
import { FACILITATOR_ROLES } from './roles.js';
import { holdersOf } from './role-holders.js';

// Holding a facilitator role (leader or resource person) anywhere: who may lead a team conversation.
describeEachEngine('policy: holder of a role', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));

  it('holdersOf(FACILITATOR_ROLES)', async () => {
    const world = await w();
    await expectTable(
      env(),
      world,
      async (ctx, actor) =>
        (await holdersOf(ctx.db, ctx.actor.orgId, [actor.id], FACILITATOR_ROLES)).has(actor.id),
      {
        self: false,
        nearestLeader: true,
        leaderAbove: true,
        teamMember: false,
        teamLeader: true,
        hr: false,
        orgAdmin: false,
        outsider: false,
        stranger: false,
      },
    );
  });
});
