import { and, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { ServiceError, notFound } from '../../server/http/errors.js';
import { isCircleCollaborator } from '../../server/policy/circle-collaborators.js';
import { isGoalSharedWithActor } from '../../server/policy/goal-shares.js';
import { subjectRelation } from '../../server/policy/subject-access.js';
import { inquiries } from './schema.js';

/*
 * Who may read and write a learning circle, named on the policy layer's relationships: its
 * subject's relation (policy/subject-access.ts), an invitation to this circle
 * (policy/circle-collaborators.ts), or a share of its goal (policy/goal-shares.ts).
 */

// How the actor stands to a circle: answers.ts `circleRelation` says what each relation means.
import type { CircleRelation } from './answers.js';
export type { CircleRelation };

export type CircleRow = typeof inquiries.$inferSelect;

export async function loadCircle(
  db: Db,
  orgId: string,
  id: string,
  lock = false,
): Promise<CircleRow | undefined> {
  const query = db
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.orgId, orgId), eq(inquiries.id, id), eq(inquiries.form, 'learning_circle')));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function circleRelation(
  ctx: SignedInContext,
  circle: CircleRow,
): Promise<CircleRelation | null> {
  const subject = circle.subjectPersonId
    ? { personId: circle.subjectPersonId }
    : { teamId: circle.subjectTeamId! };
  const relation = await subjectRelation(ctx, subject);
  // A team circle is the team's work: its members and its leaders write it alike.
  if (relation) return circle.subjectTeamId ? 'owner' : relation;
  if (await isCircleCollaborator(ctx, circle.id)) return 'collaborator';
  // A shared goal opens its circles once they are finished: work in progress stays the owner's.
  if (circle.goalId && circle.status === 'done' && (await isGoalSharedWithActor(ctx, circle.goalId)))
    return 'shared';
  return null;
}

/** The circle and the actor's relation to it; 404 for anyone without one (ids cannot be probed). */
export async function loadReadableCircle(ctx: SignedInContext, id: string, lock = false) {
  const circle = await loadCircle(ctx.db, ctx.actor.orgId, id, lock);
  if (!circle) throw notFound('No such circle');
  const relation = await circleRelation(ctx, circle);
  if (!relation) throw notFound('No such circle');
  return { circle, relation };
}

export const canWrite = (relation: CircleRelation) => relation === 'owner' || relation === 'collaborator';

/** The circle, for those who work on it: its owner and invited colleagues. */
export async function loadWritableCircle(ctx: SignedInContext, id: string, lock = false) {
  const loaded = await loadReadableCircle(ctx, id, lock);
  if (!canWrite(loaded.relation))
    throw new ServiceError('FORBIDDEN', 'Only the circle’s owner and invited colleagues may change it');
  return loaded;
}

/** The circle, for its owner only (collaborators, the next circle). */
export async function loadOwnCircle(ctx: SignedInContext, id: string, lock = false) {
  const loaded = await loadReadableCircle(ctx, id, lock);
  if (loaded.relation !== 'owner') throw new ServiceError('FORBIDDEN', 'Only the circle’s owner may do this');
  return loaded;
}
