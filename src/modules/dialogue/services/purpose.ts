import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { ServiceError } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { dialogueFrames } from '../schema.js';
import { assertFacilitator, loadFrameConversation } from '../conversation.js';
import { lockFrame } from '../records.js';
import type { PurposeInput } from '../validation.js';
import { frameView } from './get-frame.js';
import type { Frame } from '../answers.js';

/** 409 stale_version with the purpose as it stands, so the facilitator can choose. */
export class StalePurposeError extends ServiceError {
  constructor(readonly current: { purpose: string; version: number }) {
    super('CONFLICT', 'Someone else changed the purpose meanwhile', 'stale_version');
  }

  override toBody() {
    const body = super.toBody();
    return { ...body, error: { ...body.error, current: this.current } };
  }
}

/** PUT /conversations/{id}/dialogue/purpose: setting the stage, against the version read. */
export async function savePurpose({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: PurposeInput & { id: string };
}): Promise<Frame> {
  const orgId = ctx.actor.orgId;
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadFrameConversation(tx, input.id);
    assertFacilitator(loaded);
    const frame = await lockFrame(tx.db, orgId, loaded.conversation.id);
    if (frame.version !== input.version)
      throw new StalePurposeError({ purpose: frame.purpose, version: frame.version });
    if (frame.purpose === input.purpose) return;
    await tx.db
      .update(dialogueFrames)
      .set({
        purpose: input.purpose,
        version: sql`${dialogueFrames.version} + 1`,
        updatedBy: tx.actor.personId,
        updatedAt: tx.now(),
      })
      .where(and(eq(dialogueFrames.orgId, orgId), eq(dialogueFrames.id, frame.id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'dialogue.purpose_updated',
        entityType: 'conversation',
        entityId: loaded.conversation.id,
        subjectPersonId: loaded.subjectPersonId,
        details: { fields: ['purpose'], version: frame.version + 1 },
      },
    );
  });
  return frameView(ctx, await loadFrameConversation(ctx, input.id));
}
