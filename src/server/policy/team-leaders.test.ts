import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, idsOf, type PolicyWorld } from '../../../test/policy-world.js';
import { ledTeamsText, teamLeaders } from './team-leaders.js';

// A team's leaders: the nearest leader(s) of its unit — not the area leader above them.
describeEachEngine('policy: leader of a team', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const answers = {
    self: false,
    nearestLeader: false,
    leaderAbove: false,
    teamMember: false,
    teamLeader: true,
    hr: false,
    orgAdmin: false,
    outsider: false,
    stranger: false,
  };

  it('teamLeaders(the team); a peer group has none', async () => {
    const world = await w();
    const leaders = await teamLeaders(env().database.db, world.org.id, world.team.id);
    await expectTable(env(), world, async (_ctx, actor) => leaders.includes(actor.id), answers);
    expect(await teamLeaders(env().database.db, world.org.id, world.peerGroup.id)).toEqual([]);
  });

  it('the inverse agrees: the team is among the teams the actor leads', async () => {
    const world = await w();
    await expectTable(
      env(),
      world,
      async (ctx, actor) =>
        (await idsOf(ctx.db, ledTeamsText.bound(actor.orgId, actor.id))).includes(world.team.id),
      answers,
    );
  });
});
