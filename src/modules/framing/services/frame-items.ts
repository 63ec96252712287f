import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid, notFound } from '../../../server/http/errors.js';
import { frameItems, frames } from '../schema.js';
import { itemsOf, loadFrame, loadManagedFrame, presentFrame } from '../records.js';
import { FRAME_LIMITS, type FrameItemInput, type UpdateFrameItemInput } from '../validation.js';
import type { FrameAnswer } from '../answers.js';

// Items are edited one at a time; each change answers with the whole frame, so a screen shows
// the order and count the server holds. Goals linked to a deleted item keep their text (set null).

type ItemTarget = { frameId: string; itemId: string };

export async function addFrameItem({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: FrameItemInput & { frameId: string };
}): Promise<FrameAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    await loadManagedFrame(tx, input.frameId);
    const [stats] = await tx.db
      .select({
        n: sql<number>`count(*)::int`,
        last: sql<number>`coalesce(max(${frameItems.position}), -1)::int`,
      })
      .from(frameItems)
      .where(and(eq(frameItems.orgId, orgId), eq(frameItems.frameId, input.frameId)));
    if ((stats?.n ?? 0) >= FRAME_LIMITS.items) {
      throw invalid(`A frame has at most ${FRAME_LIMITS.items} items`, undefined, [
        { path: 'items', message: 'Too many items' },
      ]);
    }
    const [item] = await tx.db
      .insert(frameItems)
      .values({
        orgId,
        frameId: input.frameId,
        kind: input.kind,
        title: input.title,
        description: input.description ?? null,
        position: (stats?.last ?? -1) + 1,
      })
      .returning({ id: frameItems.id });
    await touch(tx, input.frameId);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'frame.item_added',
        entityType: 'frame',
        entityId: input.frameId,
        details: { itemId: item!.id, kind: input.kind },
      },
    );
    return present(tx, input.frameId);
  });
}

export async function updateFrameItem({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateFrameItemInput & ItemTarget;
}): Promise<FrameAnswer> {
  const orgId = ctx.actor.orgId;
  const { frameId, itemId, ...changes } = input;
  const fields = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return inTransaction(ctx, async (tx) => {
    await loadManagedFrame(tx, frameId);
    const [updated] = fields.length
      ? await tx.db
          .update(frameItems)
          .set(changes)
          .where(and(eq(frameItems.orgId, orgId), eq(frameItems.frameId, frameId), eq(frameItems.id, itemId)))
          .returning({ id: frameItems.id })
      : await tx.db
          .select({ id: frameItems.id })
          .from(frameItems)
          .where(
            and(eq(frameItems.orgId, orgId), eq(frameItems.frameId, frameId), eq(frameItems.id, itemId)),
          );
    if (!updated) throw notFound('No such item');
    await touch(tx, frameId);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'frame.item_updated',
        entityType: 'frame',
        entityId: frameId,
        details: { itemId, fields },
      },
    );
    return present(tx, frameId);
  });
}

export async function deleteFrameItem({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ItemTarget;
}): Promise<FrameAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    await loadManagedFrame(tx, input.frameId);
    const [deleted] = await tx.db
      .delete(frameItems)
      .where(
        and(
          eq(frameItems.orgId, orgId),
          eq(frameItems.frameId, input.frameId),
          eq(frameItems.id, input.itemId),
        ),
      )
      .returning({ id: frameItems.id });
    if (!deleted) throw notFound('No such item');
    await touch(tx, input.frameId);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'frame.item_deleted',
        entityType: 'frame',
        entityId: input.frameId,
        details: { itemId: input.itemId },
      },
    );
    return present(tx, input.frameId);
  });
}

/** Item changes leave the frame's version alone, so an open edit form of the frame stays valid. */
async function touch(ctx: SignedInContext, frameId: string) {
  await ctx.db
    .update(frames)
    .set({ updatedAt: ctx.now() })
    .where(and(eq(frames.orgId, ctx.actor.orgId), eq(frames.id, frameId)));
}

async function present(ctx: SignedInContext, id: string) {
  const orgId = ctx.actor.orgId;
  const frame = (await loadFrame(ctx.db, orgId, id))!;
  return { frame: presentFrame(frame, (await itemsOf(ctx.db, orgId, [id])).get(id) ?? [], true) };
}
