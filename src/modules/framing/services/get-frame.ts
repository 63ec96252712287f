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
