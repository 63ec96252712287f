import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { invalid } from '../../../server/http/errors.js';
import { writeAudit } from '../../../server/audit/write.js';
import type { Subject } from '../../../server/policy/subject-access.js';
import { people, teams } from '../../org/schema.js';
import { goalEvents, goals } from '../schema.js';
import { MAX_GOALS_IN_FOCUS } from '../constants.js';
import { TooManyInFocusError } from '../records.js';

/**
 * Makes room for one more goal in focus for a subject (a person or a team) inside the caller's
 * transaction: with fewer than two in focus nothing happens; with two, the goal named in
 * `putAside` is put aside (with its reason and history), and without one the request is refused
 * with the two goals. The subject's row is locked first, so two tabs (or two team members) cannot
 * both bring a third goal into focus.
 */
export async function makeRoomInFocus(
  tx: SignedInContext,
  subject: Subject,
  options: {
    exceptGoalId?: string;
    putAside?: { goalId: string; reason: string } | undefined;
    causeGoalId?: string;
  },
) {
  const orgId = tx.actor.orgId;
  const personId = subject.personId ?? null;
  if (subject.personId !== undefined) {
    await tx.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.id, subject.personId)))
      .for('update');
  } else {
    await tx.db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.orgId, orgId), eq(teams.id, subject.teamId)))
      .for('update');
  }
  const inFocus = await tx.db
    .select({ id: goals.id, title: goals.title })
    .from(goals)
    .where(
      and(
        eq(goals.orgId, orgId),
        subject.personId !== undefined
          ? eq(goals.subjectPersonId, subject.personId)
          : eq(goals.subjectTeamId, subject.teamId),
        eq(goals.status, 'in_focus'),
        options.exceptGoalId ? ne(goals.id, options.exceptGoalId) : undefined,
      ),
    )
    .orderBy(asc(goals.createdAt), asc(goals.id));

  const { putAside } = options;
  if (putAside && !inFocus.some((g) => g.id === putAside.goalId)) {
    throw invalid('The goal to put aside is not one of your goals in focus', undefined, [
      { path: 'putAsideGoalId', message: 'Not one of your goals in focus' },
    ]);
  }
  if (inFocus.length < MAX_GOALS_IN_FOCUS) return;
  if (!putAside) throw new TooManyInFocusError(inFocus);

  await tx.db
    .update(goals)
    .set({
      status: 'put_aside',
      statusReason: putAside.reason,
      version: sql`${goals.version} + 1`,
      updatedAt: tx.now(),
    })
    .where(and(eq(goals.orgId, orgId), eq(goals.id, putAside.goalId)));
  await tx.db.insert(goalEvents).values({
    orgId,
    goalId: putAside.goalId,
    actorId: tx.actor.personId,
    fromStatus: 'in_focus',
    toStatus: 'put_aside',
    reason: putAside.reason,
    at: tx.now(),
  });
  await writeAudit(
    tx.db,
    { actor: tx.actor, orgId },
    {
      action: 'goal.status_changed',
      entityType: 'goal',
      entityId: putAside.goalId,
      subjectPersonId: personId,
      details: { from: 'in_focus', to: 'put_aside', toMakeRoomFor: options.causeGoalId ?? null },
    },
  );
}
