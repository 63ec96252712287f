import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid } from '../../../server/http/errors.js';
import { frameItemInForce } from '../../framing/services/current-frames.js';
import { todayInDenmark } from '../../framing/records.js';
import { goalEvents, goals } from '../schema.js';
import { loadGoal, presentGoal } from '../records.js';
import type { CreateGoalInput } from '../validation.js';
import { makeRoomInFocus } from './focus.js';

/** POST /goals: the signed-in person writes a goal of their own; it starts in focus. */
export async function createGoal({ ctx, input }: { ctx: SignedInContext; input: CreateGoalInput }) {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    if (input.frameItemId) await assertFrameItemInForce(tx, input.frameItemId);
    const [created] = await tx.db
      .insert(goals)
      .values({
        orgId,
        subjectPersonId: actor.personId,
        frameItemId: input.frameItemId ?? null,
        title: input.title,
        why: input.why ?? null,
        progressSigns: input.progressSigns ?? null,
        source: input.source,
        status: 'in_focus',
        createdBy: actor.personId,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning({ id: goals.id });
    const id = created!.id;
    const putAside = input.putAsideGoalId ? { goalId: input.putAsideGoalId, reason: input.putAsideReason!.trim() } : undefined;
    await makeRoomInFocus(tx, actor.personId, { exceptGoalId: id, putAside, causeGoalId: id });
    await tx.db.insert(goalEvents).values({ orgId, goalId: id, actorId: actor.personId, fromStatus: null, toStatus: 'in_focus', at: tx.now() });
    await writeAudit(tx.db, { actor, orgId }, {
      action: 'goal.created',
      entityType: 'goal',
      entityId: id,
      subjectPersonId: actor.personId,
      details: { source: input.source, frameItemId: input.frameItemId ?? null },
    });
    return { goal: presentGoal((await loadGoal(tx.db, orgId, id))!) };
  });
}

/** A goal links only to an item of a frame that applies to its owner today. */
export async function assertFrameItemInForce(ctx: SignedInContext, frameItemId: string) {
  const item = await frameItemInForce(ctx.db, ctx.actor.orgId, ctx.actor.personId, frameItemId, todayInDenmark(ctx.now()));
  if (!item) {
    throw invalid('That frame item does not apply to you', 'frame_item_unavailable', [{ path: 'frameItemId', message: 'Not in your current frame' }]);
  }
}
