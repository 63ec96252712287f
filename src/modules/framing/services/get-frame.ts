import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import type { FrameAnswer } from '../answers.js';
import { unitsOfPerson } from '../../../server/policy/unit-people.js';
import { canManageUnit, itemsOf, loadFrame, presentFrame } from '../records.js';

/** One frame: whoever maintains it sees it in any state; the people it applies to see it once published. */
export async function getFrame({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<FrameAnswer> {
  const { db, actor } = ctx;
  const frame = await loadFrame(db, actor.orgId, input.id);
  if (!frame) throw notFound('No such frame');
  const canEdit = await canManageUnit(ctx, frame.unitId);
  if (!canEdit) {
    const mine =
      frame.publishedAt && (await unitsOfPerson(db, actor.orgId, actor.personId)).includes(frame.unitId);
    if (!mine) throw notFound('No such frame');
  }
  const items = await itemsOf(db, actor.orgId, [frame.id]);
  return { frame: presentFrame(frame, items.get(frame.id) ?? [], canEdit) };
}

/** How the actor stands to a frame, for other modules (the library's attachments); null when hidden. */
export async function frameAccess(
  ctx: SignedInContext,
  id: string,
): Promise<{ read: boolean; manage: boolean } | null> {
  const frame = await loadFrame(ctx.db, ctx.actor.orgId, id);
  if (!frame) return null;
  if (await canManageUnit(ctx, frame.unitId)) return { read: true, manage: true };
  const mine =
    frame.publishedAt &&
    (await unitsOfPerson(ctx.db, ctx.actor.orgId, ctx.actor.personId)).includes(frame.unitId);
  return mine ? { read: true, manage: false } : null;
}
