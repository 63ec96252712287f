import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid } from '../../../server/http/errors.js';
import { unitWithAncestors } from '../../../server/policy/unit-tree.js';
import { frameItems, frames } from '../../framing/schema.js';
import { initiativeFrameItems } from '../schema.js';
import { initiativeDetail, loadEditableInitiative } from '../records.js';
import type { FrameItemsInput } from '../validation.js';
import type { FrameItemChoicesAnswer, InitiativeAnswer } from '../answers.js';

/** Items of the published frames of the initiative's unit and the units above it: what it may serve. */
async function choices(tx: SignedInContext, unitId: string) {
  const chain = (await unitWithAncestors(tx.db, tx.actor.orgId, unitId)).map((u) => u.id);
  return tx.db
    .select({ id: frameItems.id, title: frameItems.title, kind: frameItems.kind, frameTitle: frames.title })
    .from(frameItems)
    .innerJoin(frames, and(eq(frames.orgId, frameItems.orgId), eq(frames.id, frameItems.frameId)))
    .where(
      and(eq(frameItems.orgId, tx.actor.orgId), inArray(frames.unitId, chain), isNotNull(frames.publishedAt)),
    )
    .orderBy(asc(frames.periodStart), asc(frameItems.position), asc(frameItems.id));
}

/** GET /initiatives/{id}/frame-items: the frame items the owners can link the initiative to. */
export async function frameItemChoices({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<FrameItemChoicesAnswer> {
  const { row } = await loadEditableInitiative(ctx, input.id);
  return { items: await choices(ctx, row.unitId) };
}

/** PUT /initiatives/{id}/frame-items: the perspective's (and the impact map's) frame items, as a set. */
export async function setFrameItems({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: FrameItemsInput & { id: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    const allowed = new Set((await choices(tx, row.unitId)).map((c) => c.id));
    const wanted = [...new Set(input.frameItemIds)];
    const bad = wanted.findIndex((id) => !allowed.has(id));
    if (bad >= 0)
      throw invalid('That frame item is not in a frame of the initiative’s unit', 'frame_item_unavailable', [
        { path: `frameItemIds.${bad}`, message: 'Not in the unit’s frame' },
      ]);
    await tx.db
      .delete(initiativeFrameItems)
      .where(and(eq(initiativeFrameItems.orgId, orgId), eq(initiativeFrameItems.initiativeId, row.id)));
    if (wanted.length)
      await tx.db
        .insert(initiativeFrameItems)
        .values(wanted.map((frameItemId) => ({ orgId, initiativeId: row.id, frameItemId })));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.frame_linked',
        entityType: 'initiative',
        entityId: row.id,
        details: { frameItemIds: wanted },
      },
    );
    const fresh = await loadEditableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
  });
}
