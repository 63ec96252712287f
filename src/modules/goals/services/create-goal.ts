import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid } from '../../../server/http/errors.js';
import type { Subject } from '../../../server/policy/subject-access.js';
import { assertTeamContent } from '../../../server/policy/team-content.js';
import { frameItemInForce } from '../../framing/index.js';
import { goalEvents, goals } from '../schema.js';
import { loadGoal, presentGoal } from '../records.js';
import type { CreateGoalInput } from '../validation.js';
import { makeRoomInFocus } from './focus.js';
import type { GoalAnswer } from '../answers.js';
import { localDay } from '../../../shared/time.js';

/**
 * POST /goals: the signed-in person writes a goal of their own, or — with teamId — a goal of a
 * team they are on or lead (source 'team_goal', outside personal frames). It starts in focus.
 */
export async function createGoal({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateGoalInput;
}): Promise<GoalAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const subject: Subject = input.teamId ? { teamId: input.teamId } : { personId: actor.personId };
    if (subject.teamId !== undefined) await assertCanWriteTeamGoals(tx, subject.teamId);
    if (input.frameItemId) await assertFrameItemInForce(tx, input.frameItemId);
    const source = subject.teamId !== undefined ? 'team_goal' : input.source;
    const [created] = await tx.db
      .insert(goals)
      .values({
        orgId,
        subjectPersonId: subject.personId ?? null,
        subjectTeamId: subject.teamId ?? null,
        frameItemId: input.frameItemId ?? null,
        title: input.title,
        why: input.why ?? null,
        progressSigns: input.progressSigns ?? null,
        source,
        status: 'in_focus',
        createdBy: actor.personId,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning({ id: goals.id });
    const id = created!.id;
    const putAside = input.putAsideGoalId
      ? { goalId: input.putAsideGoalId, reason: input.putAsideReason!.trim() }
      : undefined;
    await makeRoomInFocus(tx, subject, { exceptGoalId: id, putAside, causeGoalId: id });
    await tx.db.insert(goalEvents).values({
      orgId,
      goalId: id,
      actorId: actor.personId,
      fromStatus: null,
      toStatus: 'in_focus',
      at: tx.now(),
    });
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'goal.created',
        entityType: 'goal',
        entityId: id,
        subjectPersonId: subject.personId ?? null,
        details: { source, frameItemId: input.frameItemId ?? null, teamId: subject.teamId ?? null },
      },
    );
    return { goal: presentGoal((await loadGoal(tx.db, orgId, id))!) };
  });
}

/** Team goals are team content, written by those it belongs to (policy/team-content.ts); others get 404. */
export async function assertCanWriteTeamGoals(ctx: SignedInContext, teamId: string) {
  await assertTeamContent(ctx, teamId);
}

/** A goal links only to an item of a frame that applies to its owner today. */
export async function assertFrameItemInForce(ctx: SignedInContext, frameItemId: string) {
  const item = await frameItemInForce(
    ctx.db,
    ctx.actor.orgId,
    ctx.actor.personId,
    frameItemId,
    localDay(ctx.now()),
  );
  if (!item) {
    throw invalid('That frame item does not apply to you', 'frame_item_unavailable', [
      { path: 'frameItemId', message: 'Not in your current frame' },
    ]);
  }
}
