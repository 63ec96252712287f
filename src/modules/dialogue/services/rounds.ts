import { and, eq, max } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { dialogueRounds, dialogueTurns } from '../schema.js';
import { assertFacilitator, loadFrameConversation, type FrameParticipant } from '../conversation.js';
import { lockFrame, openRoundOf } from '../records.js';
import type { OpenRoundInput } from '../validation.js';
import { frameView } from './get-frame.js';
import type { Frame } from '../answers.js';

/**
 * Who speaks when, unless the facilitator sets the order: the participants by name, and those
 * leading the meeting last, so the facilitator's view does not set the tone for the others.
 */
function defaultOrder(participants: FrameParticipant[]): string[] {
  const leads = (p: FrameParticipant) => p.role === 'facilitator' || p.role === 'leader';
  return [...participants.filter((p) => !leads(p)), ...participants.filter(leads)].map((p) => p.id);
}

/** POST /conversations/{id}/dialogue/rounds: a new round; the one running (if any) is closed. */
export async function openRound({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: OpenRoundInput & { id: string };
}): Promise<Frame> {
  const orgId = ctx.actor.orgId;
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadFrameConversation(tx, input.id);
    assertFacilitator(loaded);
    const c = loaded.conversation;
    if (c.status === 'cancelled') throw conflict('The conversation is cancelled', 'conversation_closed');
    const ids = new Set(loaded.participants.map((p) => p.id));
    const order = input.order ?? defaultOrder(loaded.participants);
    if (
      input.order &&
      (new Set(order).size !== order.length || order.length !== ids.size || order.some((id) => !ids.has(id)))
    ) {
      throw invalid('The order must name every participant once', undefined, [
        { path: 'order', message: 'Name every participant once' },
      ]);
    }
    await lockFrame(tx.db, orgId, c.id);
    const running = await openRoundOf(tx.db, orgId, c.id);
    if (running) {
      await tx.db
        .update(dialogueRounds)
        .set({ closedAt: tx.now() })
        .where(and(eq(dialogueRounds.orgId, orgId), eq(dialogueRounds.id, running.id)));
    }
    const [last] = await tx.db
      .select({ n: max(dialogueRounds.number) })
      .from(dialogueRounds)
      .where(and(eq(dialogueRounds.orgId, orgId), eq(dialogueRounds.conversationId, c.id)));
    const number = (last?.n ?? 0) + 1;
    const [round] = await tx.db
      .insert(dialogueRounds)
      .values({
        orgId,
        conversationId: c.id,
        number,
        prompt: input.prompt,
        promptKey: input.promptKey ?? null,
        openedBy: tx.actor.personId,
        openedAt: tx.now(),
      })
      .returning({ id: dialogueRounds.id });
    if (order.length > 0) {
      await tx.db
        .insert(dialogueTurns)
        .values(order.map((personId, position) => ({ orgId, roundId: round!.id, personId, position })));
    }
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'dialogue.round_opened',
        entityType: 'dialogue_round',
        entityId: round!.id,
        subjectPersonId: loaded.subjectPersonId,
        details: {
          conversationId: c.id,
          number,
          promptKey: input.promptKey ?? null,
          turns: order.length,
          closedRoundId: running?.id ?? null,
        },
      },
    );
  });
  return frameView(ctx, await loadFrameConversation(ctx, input.id));
}

/** POST /conversations/{id}/dialogue/rounds/{roundId}/close: closing twice is harmless. */
export async function closeRound({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; roundId: string };
}): Promise<Frame> {
  const orgId = ctx.actor.orgId;
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadFrameConversation(tx, input.id);
    assertFacilitator(loaded);
    await lockFrame(tx.db, orgId, loaded.conversation.id);
    const [round] = await tx.db
      .select()
      .from(dialogueRounds)
      .where(
        and(
          eq(dialogueRounds.orgId, orgId),
          eq(dialogueRounds.id, input.roundId),
          eq(dialogueRounds.conversationId, loaded.conversation.id),
        ),
      );
    if (!round) throw notFound('No such round');
    if (round.closedAt) return;
    await tx.db
      .update(dialogueRounds)
      .set({ closedAt: tx.now() })
      .where(and(eq(dialogueRounds.orgId, orgId), eq(dialogueRounds.id, round.id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'dialogue.round_closed',
        entityType: 'dialogue_round',
        entityId: round.id,
        subjectPersonId: loaded.subjectPersonId,
        details: { conversationId: loaded.conversation.id, number: round.number },
      },
    );
  });
  return frameView(ctx, await loadFrameConversation(ctx, input.id));
}
