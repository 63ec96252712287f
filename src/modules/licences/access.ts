import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { isAdmin } from '../../server/policy/actor.js';
import { isNearestLeaderOf } from '../../server/policy/nearest-leaders.js';
import { mayReviewForUnit } from '../../server/policy/task-reviewers.js';
import { leadsUnitOrAbove } from '../../server/policy/unit-leadership.js';
import { isOneOfUnitsPeople } from '../../server/policy/unit-people.js';
import { units } from '../org/schema.js';

/*
 * Who may do what with driving licences, named on the policy layer's relationships.
 * - A unit's licence definitions: defined by the leaders of the unit or above (unit-leadership.ts)
 *   and by HR and admins (configuration); read by those and by the unit's people and reviewers.
 * - A unit's licence board (holders and levels, posted for the department): its people, its
 *   reviewers and the leaders of the unit or above; assigning a task is the leaders'.
 * - A practice review's notes: the person reviewed, the reviewer and the person's nearest
 *   leader(s) only (PRODUCT.md: a development record). Deciding also needs the decider to be a
 *   reviewer for the unit (task-reviewers.ts).
 * Everyone else: 404 (the caller throws).
 */

export interface DefinitionAccess {
  read: boolean;
  edit: boolean;
  review: boolean;
}

async function unitExists(ctx: SignedInContext, unitId: string): Promise<boolean> {
  const [unit] = await ctx.db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.orgId, ctx.actor.orgId), eq(units.id, unitId)));
  return Boolean(unit);
}

export async function definitionAccess(ctx: SignedInContext, unitId: string): Promise<DefinitionAccess> {
  if (!(await unitExists(ctx, unitId))) return { read: false, edit: false, review: false };
  const leads = await leadsUnitOrAbove(ctx, unitId);
  const edit = leads || isAdmin(ctx.actor);
  const review = await mayReviewForUnit(ctx, unitId);
  const read = edit || review || (await isOneOfUnitsPeople(ctx, unitId));
  return { read, edit, review };
}

export interface BoardAccess {
  read: boolean;
  assign: boolean;
}

export async function boardAccess(ctx: SignedInContext, unitId: string): Promise<BoardAccess> {
  if (!(await unitExists(ctx, unitId))) return { read: false, assign: false };
  const assign = await leadsUnitOrAbove(ctx, unitId);
  const read = assign || (await mayReviewForUnit(ctx, unitId)) || (await isOneOfUnitsPeople(ctx, unitId));
  return { read, assign };
}

export type ReviewRelation = 'self' | 'reviewer' | 'leader';

/** How the actor stands to a review's notes, or null (404). */
export async function reviewRelation(
  ctx: SignedInContext,
  review: { personId: string; reviewerId: string },
): Promise<ReviewRelation | null> {
  if (review.personId === ctx.actor.personId) return 'self';
  if (review.reviewerId === ctx.actor.personId) return 'reviewer';
  return (await isNearestLeaderOf(ctx.db, ctx.actor.orgId, ctx.actor.personId, review.personId))
    ? 'leader'
    : null;
}

/** Whether the actor may see a person's licences and reviews (development page, year summary). */
export async function mayReadPersonLicences(ctx: SignedInContext, personId: string): Promise<boolean> {
  if (personId === ctx.actor.personId) return true;
  return isNearestLeaderOf(ctx.db, ctx.actor.orgId, ctx.actor.personId, personId);
}
