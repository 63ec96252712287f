import { and, asc, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { visibleTeamsCondition } from '../../../server/policy/team-access.js';
import { teamMembers, teams, units } from '../schema.js';
import type { TeamListAnswer } from '../answers.js';

/** The teams the actor may see, with their unit and size. */
export async function listTeams({ ctx }: { ctx: SignedInContext }): Promise<TeamListAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const counts = db
    .select({ teamId: teamMembers.teamId, n: sql<number>`count(*)::int`.as('n') })
    .from(teamMembers)
    .where(eq(teamMembers.orgId, orgId))
    .groupBy(teamMembers.teamId)
    .as('team_counts');
  const rows = await db
    .select({
      id: teams.id,
      name: teams.name,
      kind: teams.kind,
      unitId: teams.unitId,
      unitName: units.name,
      memberCount: sql<number>`coalesce(${counts.n}, 0)::int`,
    })
    .from(teams)
    .leftJoin(units, and(eq(units.orgId, teams.orgId), eq(units.id, teams.unitId)))
    .leftJoin(counts, eq(counts.teamId, teams.id))
    .where(and(eq(teams.orgId, orgId), visibleTeamsCondition(ctx)))
    .orderBy(asc(teams.name), asc(teams.id));
  return { teams: rows };
}
