import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, idsOf, type PolicyWorld } from '../../../test/policy-world.js';
import { isTeamMember, teamIdsOf, teamMembersText } from './team-members.js';

// Team membership: who is on the team; leading its unit does not make one a member.
describeEachEngine('policy: member of a team', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const answers = {
    self: false,
    nearestLeader: false,
    leaderAbove: false,
    teamMember: true,
    teamLeader: false,
    hr: false,
    orgAdmin: false,
    outsider: false,
    stranger: false,
  };

  it('isTeamMember(the team)', async () => {
    const world = await w();
    await expectTable(
      env(),
      world,
      (ctx, actor) => isTeamMember(ctx.db, actor.orgId, world.team.id, actor.id),
      answers,
    );
  });

  it('the inverses agree: the team is among the actor’s teams; the actor among its members', async () => {
    const world = await w();
    const members = await idsOf(env().database.db, teamMembersText.bound(world.org.id, world.team.id));
    await expectTable(
      env(),
      world,
      async (ctx, actor) => (await teamIdsOf(ctx.db, actor.orgId, actor.id)).includes(world.team.id),
      answers,
    );
    await expectTable(env(), world, async (_ctx, actor) => members.includes(actor.id), answers);
  });
});
