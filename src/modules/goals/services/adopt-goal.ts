import type { SignedInContext } from '../../../server/http/context.js';
import { writeAudit } from '../../../server/audit/write.js';
import { goalEvents, goals } from '../schema.js';
import type { GoalSource } from '../constants.js';
import { makeRoomInFocus } from './focus.js';

/**
 * A goal that another part of MUP proposed (a competence initiative) becomes the signed-in
 * person's own, in focus, inside the caller's transaction. The two-in-focus rule holds as for any
 * new goal: with two in focus the person names one to put aside, or gets 409 too_many_in_focus.
 */
export async function adoptProposedGoal(
  tx: SignedInContext,
  input: {
    title: string;
    why: string | null;
    source: GoalSource;
    putAside?: { goalId: string; reason: string } | undefined;
  },
): Promise<string> {
  const { actor } = tx;
  const orgId = actor.orgId;
  const [created] = await tx.db
    .insert(goals)
    .values({
      orgId,
      subjectPersonId: actor.personId,
      title: input.title,
      why: input.why,
      source: input.source,
      status: 'in_focus',
      createdBy: actor.personId,
      createdAt: tx.now(),
      updatedAt: tx.now(),
    })
    .returning({ id: goals.id });
  const id = created!.id;
  await makeRoomInFocus(
    tx,
    { personId: actor.personId },
    { exceptGoalId: id, putAside: input.putAside, causeGoalId: id },
  );
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
      subjectPersonId: actor.personId,
      details: { source: input.source, proposed: true },
    },
  );
  return id;
}
