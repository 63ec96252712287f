import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { ServiceError, conflict, notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { dialogueRounds, dialogueTurns } from '../schema.js';
import { canFacilitate, loadFrameConversation } from '../conversation.js';
import type { MarkTurnInput } from '../validation.js';
import { frameView } from './get-frame.js';
import type { Frame } from '../answers.js';

/**
 * PUT /conversations/{id}/dialogue/rounds/{roundId}/turns/{personId}: spoken, passed or back to
 * waiting. The facilitator marks anyone; a participant marks their own turn. Each turn is its own
 * row, so marks made at the same moment by different people all count.
 */
export async function markTurn({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: MarkTurnInput & { id: string; roundId: string; personId: string };
}): Promise<Frame> {
  const orgId = ctx.actor.orgId;
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadFrameConversation(tx, input.id);
    const own = input.personId === tx.actor.personId && loaded.takesPart;
    if (!own && !canFacilitate(loaded))
      throw new ServiceError('FORBIDDEN', 'Only the one leading the meeting marks other people’s turns');
    // A shared lock: marks go on side by side, while closing the round waits for them (and vice versa).
    const [round] = await tx.db
      .select({ id: dialogueRounds.id, closedAt: dialogueRounds.closedAt })
      .from(dialogueRounds)
      .where(
        and(
          eq(dialogueRounds.orgId, orgId),
          eq(dialogueRounds.id, input.roundId),
          eq(dialogueRounds.conversationId, loaded.conversation.id),
        ),
      )
      .for('share');
    if (!round) throw notFound('No such round');
    if (round.closedAt) throw conflict('The round is closed', 'round_closed');
    const [turn] = await tx.db
      .update(dialogueTurns)
      .set({ state: input.state, markedBy: tx.actor.personId, markedAt: tx.now() })
      .where(
        and(
          eq(dialogueTurns.orgId, orgId),
          eq(dialogueTurns.roundId, round.id),
          eq(dialogueTurns.personId, input.personId),
        ),
      )
      .returning({ id: dialogueTurns.id });
    if (!turn) throw notFound('That person is not in the round');
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'dialogue.turn_marked',
        entityType: 'dialogue_round',
        entityId: round.id,
        subjectPersonId: loaded.subjectPersonId,
        details: { conversationId: loaded.conversation.id, personId: input.personId, state: input.state },
      },
    );
  });
  return frameView(ctx, await loadFrameConversation(ctx, input.id));
}
