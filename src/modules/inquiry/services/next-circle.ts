import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import { fieldValue } from '../merge.js';
import { loadOwnCircle } from '../access.js';
import { circleDetail } from '../records.js';
import { inquiries } from '../schema.js';
import { fieldLimit } from '../validation.js';
import { lockGoal } from './create-circle.js';
import { insertCircle } from './start.js';
import type { CircleAnswer } from '../answers.js';

/**
 * POST /circles/{id}/next: after a finished circle, the owner starts the next one on the same
 * goal; what the learning phase said to do next becomes the new plan's theme.
 */
export async function startNextCircle({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<CircleAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { circle } = await loadOwnCircle(tx, input.id);
    if (!circle.goalId) throw notFound('The circle has no goal');
    const goal = await lockGoal(tx, circle.goalId);
    if (circle.status !== 'done') throw conflict('Finish the learning phase first', 'circle_not_finished');
    const [already] = await tx.db
      .select({ id: inquiries.id })
      .from(inquiries)
      .where(and(eq(inquiries.orgId, tx.actor.orgId), eq(inquiries.previousId, circle.id)))
      .limit(1);
    if (already) throw conflict('The next circle was already started', 'circle_open_exists');
    const nextSteps = fieldValue(circle.data, 'learning', 'nextSteps')
      .trim()
      .slice(0, fieldLimit('plan', 'theme'));
    const created = await insertCircle(tx, goal, {
      sequence: circle.sequence + 1,
      previousId: circle.id,
      prefill: nextSteps ? [{ phase: 'plan', field: 'theme', from: '', to: nextSteps }] : [],
    });
    return circleDetail(tx, created, 'owner');
  });
}
