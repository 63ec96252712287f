import { and, eq } from 'drizzle-orm';
import { it } from 'vitest';
import { describePolicy, everyone, expectTable } from '../../../test/policy-world.js';
import { teams } from '../../modules/org/schema.js';
import { teamAccess, visibleTeamsCondition } from './team-access.js';

// A team's structure (name, unit, who is on it): members see it; leaders of its unit or above and
// HR and admins see and manage it. Structure, not content.
describePolicy('a team’s structure', (world, env) => {
  const none = { see: false, manage: false };
  const both = { see: true, manage: true };
  const sees = { see: true, manage: false };
  const managers = { leaderAbove: both, teamLeader: both, hr: both, orgAdmin: both };

  it('teamAccess(the team)', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => teamAccess(ctx, w.team),
      everyone(none, { ...managers, teamMember: sees }),
    );
  });

  it('teamAccess(a peer group): its members see it, admins manage it', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => teamAccess(ctx, w.peerGroup),
      everyone(none, { hr: both, orgAdmin: both, nearestLeader: sees, teamLeader: sees }),
    );
  });

  it('the list condition agrees with teamAccess: the team is listed exactly for those who see it', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      async (ctx) =>
        (
          await ctx.db
            .select({ id: teams.id })
            .from(teams)
            .where(and(eq(teams.orgId, ctx.actor.orgId), eq(teams.id, w.team.id), visibleTeamsCondition(ctx)))
        ).length > 0,
      everyone(false, { leaderAbove: true, teamLeader: true, hr: true, orgAdmin: true, teamMember: true }),
    );
  });
});
