import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, idsOf, type PolicyWorld } from '../../../test/policy-world.js';
import { contentTeamsText, teamContentPeopleText, teamRelation } from './team-content.js';

// A team's content (goals, circles, conversations and their notes, safety checks, lever plan):
// its members and its nearest leader(s) — not the leader above them, not HR or admins.
describeEachEngine('policy: a team’s content', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const answers = {
    self: null,
    nearestLeader: null,
    leaderAbove: null,
    teamMember: 'member',
    teamLeader: 'leader',
    hr: null,
    orgAdmin: null,
    outsider: null,
    stranger: null,
  } as const;

  it('teamRelation(the team)', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => teamRelation(ctx, world.team.id), answers);
  });

  it('teamRelation(a peer group): its members only', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => teamRelation(ctx, world.peerGroup.id), {
      ...answers,
      nearestLeader: 'member',
      teamMember: null,
      teamLeader: 'member',
    });
  });

  it('the inverses agree: the team is among the actor’s content teams; the actor among its people', async () => {
    const world = await w();
    const people = await idsOf(env().database.db, teamContentPeopleText.bound(world.org.id, world.team.id));
    const has = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v !== null])) as Record<
      keyof typeof answers,
      boolean
    >;
    await expectTable(
      env(),
      world,
      async (ctx, actor) =>
        (await idsOf(ctx.db, contentTeamsText.bound(actor.orgId, actor.id))).includes(world.team.id),
      has,
    );
    await expectTable(env(), world, async (_ctx, actor) => people.includes(actor.id), has);
  });
});
