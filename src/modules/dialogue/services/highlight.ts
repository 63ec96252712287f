import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { invalid } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { dialogueFrames, dialogueGuidelines } from '../schema.js';
import { assertFacilitator, loadFrameConversation } from '../conversation.js';
import { lockFrame } from '../records.js';
import type { HighlightInput } from '../validation.js';
import { frameView } from './get-frame.js';
import type { Frame } from '../answers.js';

/** PUT /conversations/{id}/dialogue/highlight: point to one of the team's guidelines (or to none). */
export async function highlightGuideline({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: HighlightInput & { id: string };
}): Promise<Frame> {
  const orgId = ctx.actor.orgId;
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadFrameConversation(tx, input.id);
    assertFacilitator(loaded);
    const teamId = loaded.conversation.teamId;
    if (input.guidelineId) {
      const [guideline] = teamId
        ? await tx.db
            .select({ id: dialogueGuidelines.id })
            .from(dialogueGuidelines)
            .where(
              and(
                eq(dialogueGuidelines.orgId, orgId),
                eq(dialogueGuidelines.id, input.guidelineId),
                eq(dialogueGuidelines.teamId, teamId),
              ),
            )
        : [];
      if (!guideline)
        throw invalid('That is not one of the team’s guidelines', undefined, [
          { path: 'guidelineId', message: 'Not a guideline of this team' },
        ]);
    }
    const frame = await lockFrame(tx.db, orgId, loaded.conversation.id);
    if (frame.highlightedGuidelineId === input.guidelineId) return;
    await tx.db
      .update(dialogueFrames)
      .set({ highlightedGuidelineId: input.guidelineId, highlightedAt: input.guidelineId ? tx.now() : null })
      .where(and(eq(dialogueFrames.orgId, orgId), eq(dialogueFrames.id, frame.id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'dialogue.guideline_highlighted',
        entityType: 'conversation',
        entityId: loaded.conversation.id,
        subjectPersonId: loaded.subjectPersonId,
        details: { guidelineId: input.guidelineId },
      },
    );
  });
  return frameView(ctx, await loadFrameConversation(ctx, input.id));
}
