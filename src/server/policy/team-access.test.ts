import { and, eq } from 'drizzle-orm';
import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, type PolicyWorld } from '../../../test/policy-world.js';
import { teams } from '../../modules/org/schema.js';
import { teamAccess, visibleTeamsCondition } from './team-access.js';

// A team's structure (name, unit, who is on it): members see it; leaders of its unit or above and
// HR and admins see and manage it. Structure, not content.
describeEachEngine('policy: a team’s structure', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const none = { see: false, manage: false };
  const both = { see: true, manage: true };
  const answers = {
    self: none,
    nearestLeader: none,
    leaderAbove: both,
    teamMember: { see: true, manage: false },
    teamLeader: both,
    hr: both,
    orgAdmin: both,
    outsider: none,
    stranger: none,
  };

  it('teamAccess(the team)', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => teamAccess(ctx, world.team), answers);
  });

  it('teamAccess(a peer group): its members see it, admins manage it', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => teamAccess(ctx, world.peerGroup), {
      ...answers,
      nearestLeader: { see: true, manage: false },
      leaderAbove: none,
      teamMember: none,
      teamLeader: { see: true, manage: false },
    });
  });

  it('the list condition agrees with teamAccess: the team is listed exactly for those who see it', async () => {
    const world = await w();
    await expectTable(
      env(),
      world,
      async (ctx) => {
        const found = await ctx.db
          .select({ id: teams.id })
          .from(teams)
          .where(
            and(eq(teams.orgId, ctx.actor.orgId), eq(teams.id, world.team.id), visibleTeamsCondition(ctx)),
          );
        return { see: found.length > 0 };
      },
      Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { see: v.see }])) as Record<
        keyof typeof answers,
        { see: boolean }
      >,
    );
  });
});
