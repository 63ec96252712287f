import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { forbidden } from '../../../server/http/errors.js';
import { feedbackReplies } from '../schema.js';
import { loadReadableFeedback, presentFeedback, repliesOf } from '../records.js';
import type { ReplyInput } from '../validation.js';
import type { FeedbackAnswer } from '../answers.js';

/** POST /feedback/{id}/replies: the recipient answers, and the sender may answer back; a leader reads along. */
export async function addReply({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ReplyInput & { feedbackId: string };
}): Promise<FeedbackAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { row, relation } = await loadReadableFeedback(tx, input.feedbackId);
    if (relation === 'leader') throw forbidden('Only the sender and the recipient write in the thread');
    const [reply] = await tx.db
      .insert(feedbackReplies)
      .values({ orgId, feedbackId: row.id, authorId: actor.personId, text: input.text, createdAt: tx.now() })
      .returning({ id: feedbackReplies.id });
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'feedback.replied',
        entityType: 'feedback_reply',
        entityId: reply!.id,
        subjectPersonId: row.toPersonId,
        details: { feedbackId: row.id },
      },
    );
    const replies = await repliesOf(tx.db, orgId, [row.id]);
    return { feedback: presentFeedback(row, replies.get(row.id) ?? [], relation) };
  });
}
