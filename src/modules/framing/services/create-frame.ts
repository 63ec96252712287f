import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { frameItems, frames } from '../schema.js';
import { assertManagesUnit, itemsOf, loadFrame, presentFrame } from '../records.js';
import type { CreateFrameInput } from '../validation.js';
import type { FrameAnswer } from '../answers.js';

/** POST /frames: a draft frame for a unit the actor maintains, optionally with its first items. */
export async function createFrame({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateFrameInput;
}): Promise<FrameAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    await assertManagesUnit(tx, input.unitId);
    const [created] = await tx.db
      .insert(frames)
      .values({
        orgId,
        unitId: input.unitId,
        title: input.title,
        intro: input.intro ?? null,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        createdBy: ctx.actor.personId,
      })
      .returning({ id: frames.id });
    const items = input.items ?? [];
    if (items.length) {
      await tx.db.insert(frameItems).values(
        items.map((item, position) => ({
          orgId,
          frameId: created!.id,
          kind: item.kind,
          title: item.title,
          description: item.description ?? null,
          position,
        })),
      );
    }
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'frame.created',
        entityType: 'frame',
        entityId: created!.id,
        details: { unitId: input.unitId, items: items.length },
      },
    );
    const frame = (await loadFrame(tx.db, orgId, created!.id))!;
    return {
      frame: presentFrame(frame, (await itemsOf(tx.db, orgId, [frame.id])).get(frame.id) ?? [], true),
    };
  });
}
