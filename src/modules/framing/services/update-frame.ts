import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid } from '../../../server/http/errors.js';
import { frameItems, frames } from '../schema.js';
import { itemsOf, loadFrame, loadManagedFrame, presentFrame } from '../records.js';
import type { PublishFrameInput, UpdateFrameInput } from '../validation.js';
import type { FrameAnswer } from '../answers.js';

/** PATCH /frames/{id}: title, intro and period, against the version the client read. */
export async function updateFrame({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateFrameInput & { id: string };
}): Promise<FrameAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  const fields = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return inTransaction(ctx, async (tx) => {
    const current = await loadManagedFrame(tx, id);
    const start = changes.periodStart ?? current.periodStart;
    const end = changes.periodEnd ?? current.periodEnd;
    if (start > end) {
      throw invalid('The period ends before it starts', undefined, [
        { path: 'periodEnd', message: 'The period ends before it starts' },
      ]);
    }
    const [updated] = await tx.db
      .update(frames)
      .set({ ...changes, version: sql`${frames.version} + 1`, updatedAt: ctx.now() })
      .where(and(eq(frames.orgId, orgId), eq(frames.id, id), eq(frames.version, version)))
      .returning({ id: frames.id });
    if (!updated) throw conflict('Someone else changed the frame meanwhile', 'stale_version');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      { action: 'frame.updated', entityType: 'frame', entityId: id, details: { fields } },
    );
    return present(tx, id);
  });
}

/** POST /frames/{id}/publish: a draft with at least one item becomes visible to the unit's people. */
export async function publishFrame({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: PublishFrameInput & { id: string };
}): Promise<FrameAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const current = await loadManagedFrame(tx, input.id);
    if (current.publishedAt) return present(tx, input.id);
    const [item] = await tx.db
      .select({ id: frameItems.id })
      .from(frameItems)
      .where(and(eq(frameItems.orgId, orgId), eq(frameItems.frameId, input.id)))
      .limit(1);
    if (!item) throw conflict('The frame has no items yet', 'frame_empty');
    const [updated] = await tx.db
      .update(frames)
      .set({ publishedAt: ctx.now(), version: sql`${frames.version} + 1`, updatedAt: ctx.now() })
      .where(and(eq(frames.orgId, orgId), eq(frames.id, input.id), eq(frames.version, input.version)))
      .returning({ id: frames.id });
    if (!updated) throw conflict('Someone else changed the frame meanwhile', 'stale_version');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      { action: 'frame.published', entityType: 'frame', entityId: input.id },
    );
    return present(tx, input.id);
  });
}

async function present(ctx: SignedInContext, id: string) {
  const orgId = ctx.actor.orgId;
  const frame = (await loadFrame(ctx.db, orgId, id))!;
  return { frame: presentFrame(frame, (await itemsOf(ctx.db, orgId, [id])).get(id) ?? [], true) };
}
