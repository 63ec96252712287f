import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict } from '../../../server/http/errors.js';
import { goalEvents, goals } from '../schema.js';
import { loadGoal, loadWritableGoal, presentGoal } from '../records.js';
import type { ChangeStatusInput } from '../validation.js';
import { makeRoomInFocus } from './focus.js';
import type { GoalAnswer } from '../answers.js';

/**
 * POST /goals/{id}/status: in focus → achieved or put aside (with a reason), and back into focus
 * (which may put another goal aside, atomically). Every change is kept in goal_events.
 */
export async function changeGoalStatus({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ChangeStatusInput & { id: string };
}): Promise<GoalAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const current = await loadWritableGoal(tx, input.id);
    if (input.version !== undefined && input.version !== current.version) {
      throw conflict('Someone else changed the goal meanwhile', 'stale_version');
    }
    if (current.status === input.status) return { goal: presentGoal(current) };
    const reason = input.reason?.trim() || null;
    if (input.status === 'in_focus') {
      const putAside = input.putAsideGoalId
        ? { goalId: input.putAsideGoalId, reason: input.putAsideReason!.trim() }
        : undefined;
      await makeRoomInFocus(
        tx,
        current.subjectTeamId ? { teamId: current.subjectTeamId } : { personId: current.subjectPersonId! },
        { exceptGoalId: input.id, putAside, causeGoalId: input.id },
      );
    }
    await tx.db
      .update(goals)
      .set({
        status: input.status,
        // A goal back in focus has no reason to show; the old one stays in the history.
        statusReason: input.status === 'in_focus' ? null : reason,
        version: sql`${goals.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(and(eq(goals.orgId, orgId), eq(goals.id, input.id)));
    await tx.db.insert(goalEvents).values({
      orgId,
      goalId: input.id,
      actorId: ctx.actor.personId,
      fromStatus: current.status,
      toStatus: input.status,
      reason,
      at: tx.now(),
    });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'goal.status_changed',
        entityType: 'goal',
        entityId: input.id,
        subjectPersonId: current.subjectPersonId,
        details: { from: current.status, to: input.status },
      },
    );
    return { goal: presentGoal((await loadGoal(tx.db, orgId, input.id))!) };
  });
}
