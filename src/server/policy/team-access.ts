import { sql, type SQL } from 'drizzle-orm';
import type { SignedInContext } from '../http/context.js';
import { teams } from '../../modules/org/schema.js';
import { isAdmin, leadsAnyUnit } from './actor.js';
import { isTeamMember, teamsOfText } from './team-members.js';
import { leadsUnitOrAbove, ledSubtreeText } from './unit-leadership.js';

/*
 * A team's structure — its name, its unit, who is on it — as the org screens show it: members see
 * their team; leaders of the team's unit or of a unit above it see and manage it (as they manage
 * the units below them); admins see and manage every team. A cross-unit team (no unit, e.g. a
 * leaders' peer group) is managed by admins and seen by its members. Structure is not content: a
 * team's goals, conversations and notes follow team-content.ts.
 */

export interface TeamAccess {
  see: boolean;
  manage: boolean;
}

/** Whether the actor may create a team in `unitId` (null: a cross-unit team). */
export async function canCreateTeamIn(ctx: SignedInContext, unitId: string | null): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  return unitId !== null && leadsUnitOrAbove(ctx, unitId);
}

export async function teamAccess(
  ctx: SignedInContext,
  team: { id: string; unitId: string | null },
): Promise<TeamAccess> {
  if (await canCreateTeamIn(ctx, team.unitId)) return { see: true, manage: true };
  const member = await isTeamMember(ctx.db, ctx.actor.orgId, team.id, ctx.actor.personId);
  return { see: member, manage: false };
}

/** A condition on the `teams` table for the teams the actor may see (undefined: all of them). */
export function visibleTeamsCondition(ctx: SignedInContext): SQL | undefined {
  const { actor } = ctx;
  if (isAdmin(actor)) return undefined;
  const memberOf = sql`${teams.id} in (${teamsOfText.bound(actor.orgId, actor.personId)})`;
  if (!leadsAnyUnit(actor)) return memberOf;
  return sql`(${memberOf} or ${teams.unitId} in (${ledSubtreeText.bound(actor.orgId, actor.personId)}))`;
}
