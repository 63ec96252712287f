import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { teamsOfText } from '../../server/policy/team-members.js';
import { leadsUnitOrAbove, ledSubtreeText } from '../../server/policy/unit-leadership.js';
import { peoplesUnitsText } from '../../server/policy/unit-people.js';
import { forumMeetings, forums } from './schema.js';

/*
 * Who may do what with a forum (issue 4 contract), named on the policy layer's relationships:
 * - manage (describe it): a leader of its unit or of a unit above it (policy/unit-leadership.ts);
 * - facilitate (record meetings, open evaluations): those leaders and the unit's resource persons;
 * - read: the unit's people (policy/unit-people.ts) and, for a team's forum, the team's members;
 * - HR and org admins get nothing from their role: configuration (the threshold), not content.
 * A team's safety check is team content (policy/team-content.ts).
 */

export interface ForumAccess {
  read: boolean;
  facilitate: boolean;
  manage: boolean;
}

/** A condition on `forums` for the forums the actor may read. */
export function visibleForumsCondition(ctx: SignedInContext): SQL {
  const { orgId, personId } = ctx.actor;
  return or(
    sql`${forums.unitId} in (${peoplesUnitsText.bound(orgId, personId)})`,
    sql`${forums.unitId} in (${ledSubtreeText.bound(orgId, personId)})`,
    sql`${forums.teamId} in (${teamsOfText.bound(orgId, personId)})`,
  )!;
}

export async function forumAccess(
  ctx: SignedInContext,
  forum: { id: string; unitId: string; teamId: string | null },
): Promise<ForumAccess> {
  const manage = await leadsUnitOrAbove(ctx, forum.unitId);
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

/** How the actor stands to one held meeting (its forum's access), for other modules; null when unknown. */
export async function meetingAccess(ctx: SignedInContext, meetingId: string): Promise<ForumAccess | null> {
  const [forum] = await ctx.db
    .select({ id: forums.id, unitId: forums.unitId, teamId: forums.teamId })
    .from(forumMeetings)
    .innerJoin(forums, and(eq(forums.orgId, forumMeetings.orgId), eq(forums.id, forumMeetings.forumId)))
    .where(and(eq(forumMeetings.orgId, ctx.actor.orgId), eq(forumMeetings.id, meetingId)));
  return forum ? forumAccess(ctx, forum) : null;
}
