import { and, eq, max } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { ServiceError, notFound } from '../../../server/http/errors.js';
import { goalRelation } from '../../../server/policy/subject-access.js';
import { goals } from '../../goals/schema.js';
import { circleDetail } from '../records.js';
import { inquiries } from '../schema.js';
import type { CreateCircleInput } from '../validation.js';
import { insertCircle } from './start.js';
import type { CircleAnswer } from '../answers.js';

/** The goal, locked, so two starts of a circle on it run one after the other. */
export async function lockGoal(tx: SignedInContext, goalId: string) {
  const [goal] = await tx.db
    .select({ id: goals.id, subjectPersonId: goals.subjectPersonId, subjectTeamId: goals.subjectTeamId })
    .from(goals)
    .where(and(eq(goals.orgId, tx.actor.orgId), eq(goals.id, goalId)))
    .for('update');
  if (!goal) throw notFound('No such goal');
  const relation = await goalRelation(tx, goal);
  if (!relation) throw notFound('No such goal');
  const teamWriter = goal.subjectTeamId !== null && relation === 'leader';
  if (relation !== 'owner' && !teamWriter)
    throw new ServiceError('FORBIDDEN', 'Only the goal’s owner starts a circle on it');
  return goal;
}

/** POST /circles: the goal's owner starts its first (or next) learning circle. */
export async function createCircle({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateCircleInput;
}): Promise<CircleAnswer> {
  return inTransaction(ctx, async (tx) => {
    const goal = await lockGoal(tx, input.goalId);
    const created = await insertCircle(tx, goal, {
      sequence: await nextSequence(tx, goal.id),
      previousId: null,
      prefill: [],
    });
    return circleDetail(tx, created, 'owner');
  });
}

async function nextSequence(tx: SignedInContext, goalId: string): Promise<number> {
  const [row] = await tx.db
    .select({ n: max(inquiries.sequence) })
    .from(inquiries)
    .where(and(eq(inquiries.orgId, tx.actor.orgId), eq(inquiries.goalId, goalId)));
  return Number(row?.n ?? 0) + 1;
}
