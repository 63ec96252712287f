import type { SignedInContext } from '../../../server/http/context.js';
import { auditRecordRead } from '../../../server/policy/person-access.js';
import { loadReadableFeedback, presentFeedback, repliesOf } from '../records.js';
import type { FeedbackAnswer } from '../answers.js';

/** GET /feedback/{id}: for its sender, its recipient and the recipient's nearest leader(s). */
export async function getFeedback({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<FeedbackAnswer> {
  const { row, relation } = await loadReadableFeedback(ctx, input.id);
  if (relation === 'leader' && row.toPersonId) {
    await auditRecordRead(ctx, {
      action: 'feedback.read',
      subjectPersonId: row.toPersonId,
      entityType: 'feedback',
      entityId: row.id,
    });
  }
  const replies = await repliesOf(ctx.db, ctx.actor.orgId, [row.id]);
  return { feedback: presentFeedback(row, replies.get(row.id) ?? [], relation) };
}
