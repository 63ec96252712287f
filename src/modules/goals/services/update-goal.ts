import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid } from '../../../server/http/errors.js';
import { goals } from '../schema.js';
import { loadGoal, loadWritableGoal, presentGoal } from '../records.js';
import type { UpdateGoalInput } from '../validation.js';
import { assertFrameItemInForce } from './create-goal.js';
import type { GoalAnswer } from '../answers.js';

/** PATCH /goals/{id}: the owner edits the text, source or frame item, against the version read. */
export async function updateGoal({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateGoalInput & { id: string };
}): Promise<GoalAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  return inTransaction(ctx, async (tx) => {
    const current = await loadWritableGoal(tx, id);
    if (current.subjectTeamId && changes.frameItemId) {
      throw invalid('A team goal is not linked to a personal frame', undefined, [
        { path: 'frameItemId', message: 'Not for a team goal' },
      ]);
    }
    // A link kept as it was stays valid even after its frame's period has ended.
    if (changes.frameItemId && changes.frameItemId !== current.frameItemId)
      await assertFrameItemInForce(tx, changes.frameItemId);
    const fields = Object.entries(changes)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    const [updated] = await tx.db
      .update(goals)
      .set({ ...changes, version: sql`${goals.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(goals.orgId, orgId), eq(goals.id, id), eq(goals.version, version)))
      .returning({ id: goals.id });
    if (!updated) throw conflict('Someone else changed the goal meanwhile', 'stale_version');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'goal.updated',
        entityType: 'goal',
        entityId: id,
        subjectPersonId: current.subjectPersonId,
        details: { fields },
      },
    );
    return { goal: presentGoal((await loadGoal(tx.db, orgId, id))!) };
  });
}
