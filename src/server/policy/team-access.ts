import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { SignedInContext } from '../http/context.js';
import { teamMembers, teams } from '../../modules/org/schema.js';
import { isAdmin } from './actor.js';
import { ledSubtreeQuery, unitWithAncestors } from './relationships.js';

/*
 * Teams (org API contract): members see their team; leaders of the team's unit or of a unit above
 * it see and manage it; admins see and manage every team. A cross-unit team (no unit, e.g. a
 * leaders' peer group) is managed by admins and seen by its members.
 */

export interface TeamAccess {
  see: boolean;
  manage: boolean;
}

/** Whether the actor leads `unitId` or a unit above it. */
export async function leadsUnitOrAncestor(ctx: SignedInContext, unitId: string): Promise<boolean> {
  const led = new Set(ctx.actor.memberships.filter((m) => m.role === 'leader').map((m) => m.unitId));
  if (led.size === 0) return false;
  const chain = await unitWithAncestors(ctx.db, ctx.actor.orgId, unitId);
  return chain.some((u) => led.has(u.id));
}

/** Whether the actor may create a team in `unitId` (null: a cross-unit team). */
export async function canCreateTeamIn(ctx: SignedInContext, unitId: string | null): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  return unitId !== null && leadsUnitOrAncestor(ctx, unitId);
}

export async function teamAccess(
  ctx: SignedInContext,
  team: { id: string; unitId: string | null },
): Promise<TeamAccess> {
  if (await canCreateTeamIn(ctx, team.unitId)) return { see: true, manage: true };
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
  return { see: Boolean(member), manage: false };
}

/** A condition on the `teams` table for the teams the actor may see (undefined: all of them). */
export function visibleTeamsCondition(ctx: SignedInContext): SQL | undefined {
  const { actor } = ctx;
  if (isAdmin(actor)) return undefined;
  const memberOf = sql`${teams.id} in (select tm.team_id from team_members tm where tm.org_id = ${actor.orgId} and tm.person_id = ${actor.personId})`;
  if (!actor.memberships.some((m) => m.role === 'leader')) return memberOf;
  return or(memberOf, sql`${teams.unitId} in (${ledSubtreeQuery(actor.orgId, actor.personId)})`);
}
