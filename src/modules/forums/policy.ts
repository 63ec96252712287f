import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { leadsUnitOrAncestor } from '../../server/policy/team-access.js';
import { UNIT_PEOPLE_ROLES, ledSubtreeQuery } from '../../server/policy/relationships.js';
import { teamMembers, teams } from '../org/schema.js';
import { forums } from './schema.js';

/*
 * Who may do what with forums and their anonymous results (issue 4 contract):
 * - a forum belongs to a unit; leaders of that unit or a unit above it describe it (manage);
 * - they and the unit's resource persons record meetings and open evaluations (facilitate);
 * - the unit's people read it — members of the unit or of a unit below it as staff or learning
 *   partner (UNIT_PEOPLE_ROLES) — and, for a team's forum, the team's members;
 * - HR and org admins get nothing from their role: configuration (the threshold), not content.
 * A team's safety check is team content: its members and the leaders of its unit or above only.
 */

export interface ForumAccess {
  read: boolean;
  facilitate: boolean;
  manage: boolean;
}

/** A subquery (one column) of the units whose people include the person: their own units and all above. */
export function memberUnitsQuery(orgId: string, personId: string): SQL {
  return sql`with recursive up(id) as (
      select m.unit_id from memberships m
      where m.org_id = ${orgId} and m.person_id = ${personId} and m.role in ${[...UNIT_PEOPLE_ROLES]}
      union
      select u.parent_id from up join units u on u.org_id = ${orgId} and u.id = up.id where u.parent_id is not null
    )
    select id from up`;
}

const myTeamsQuery = (orgId: string, personId: string) =>
  sql`select tm.team_id from team_members tm where tm.org_id = ${orgId} and tm.person_id = ${personId}`;

/** A condition on `forums` for the forums the actor may read. */
export function visibleForumsCondition(ctx: SignedInContext): SQL {
  const { orgId, personId } = ctx.actor;
  return or(
    sql`${forums.unitId} in (${memberUnitsQuery(orgId, personId)})`,
    sql`${forums.unitId} in (${ledSubtreeQuery(orgId, personId)})`,
    sql`${forums.teamId} in (${myTeamsQuery(orgId, personId)})`,
  )!;
}

export async function forumAccess(
  ctx: SignedInContext,
  forum: { id: string; unitId: string; teamId: string | null },
): Promise<ForumAccess> {
  const manage = await leadsUnitOrAncestor(ctx, forum.unitId);
  if (manage) return { read: true, facilitate: true, manage: true };
  const facilitate = ctx.actor.memberships.some(
    (m) => m.unitId === forum.unitId && m.role === 'resource_person',
  );
  if (facilitate) return { read: true, facilitate: true, manage: false };
  const [row] = await ctx.db
    .select({ id: forums.id })
    .from(forums)
    .where(and(eq(forums.orgId, ctx.actor.orgId), eq(forums.id, forum.id), visibleForumsCondition(ctx)))
    .limit(1);
  return { read: Boolean(row), facilitate: false, manage: false };
}

export type TeamRelation = 'member' | 'leader';

/** The team and how the actor stands to its content, or null for everyone else (admins included). */
export async function loadTeamRelation(ctx: SignedInContext, teamId: string) {
  const [team] = await ctx.db
    .select({ id: teams.id, name: teams.name, unitId: teams.unitId })
    .from(teams)
    .where(and(eq(teams.orgId, ctx.actor.orgId), eq(teams.id, teamId)));
  if (!team) return null;
  const relation = await teamRelation(ctx, team);
  return relation ? { team, relation } : null;
}

/** As loadTeamRelation, but 404 for anyone without a relation. */
export async function assertTeamContentAccess(ctx: SignedInContext, teamId: string) {
  const found = await loadTeamRelation(ctx, teamId);
  if (!found) throw notFound('No such team');
  return found;
}

export async function teamRelation(
  ctx: SignedInContext,
  team: { id: string; unitId: string | null },
): Promise<TeamRelation | null> {
  const [member] = await ctx.db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(
      and(
        eq(teamMembers.orgId, ctx.actor.orgId),
        eq(teamMembers.teamId, team.id),
        eq(teamMembers.personId, ctx.actor.personId),
      ),
    )
    .limit(1);
  if (member) return 'member';
  // A cross-unit team (a peer group) has no leaders above it: members only.
  if (team.unitId && (await leadsUnitOrAncestor(ctx, team.unitId))) return 'leader';
  return null;
}
