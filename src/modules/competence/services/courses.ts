import { and, count, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { addDays } from '../../../shared/time.js';
import { initiativeCourses, initiativeParticipants } from '../schema.js';
import { INITIATIVE_CAPS } from '../constants.js';
import { FOLLOW_UP_AFTER_MONTHS } from '../content/transfer.js';
import { initiativeDetail, loadEditableInitiative, loadReadableInitiative } from '../records.js';
import { seesPerson } from '../access.js';
import { queueCourseInvitations } from '../course-mails.js';
import type { CourseInput, UpdateCourseInput } from '../validation.js';
import type { InitiativeAnswer } from '../answers.js';

/** The same day `months` later (the last day of a shorter month when it has no such day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/**
 * POST /initiatives/{id}/courses: a course one participant attends, with the conversation before
 * (default a week ahead) and the follow-up after (default a month later), both sent as calendar
 * invitations to the participant and the planner.
 */
export async function addCourse({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CourseInput & { id: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    const [taking] = await tx.db
      .select({ id: initiativeParticipants.id })
      .from(initiativeParticipants)
      .where(
        and(
          eq(initiativeParticipants.orgId, orgId),
          eq(initiativeParticipants.initiativeId, row.id),
          eq(initiativeParticipants.personId, input.personId),
        ),
      );
    if (!taking)
      throw invalid('A course is planned for a participant of the initiative', 'participant_outside', [
        { path: 'personId', message: 'Not a participant' },
      ]);
    const [{ n } = { n: 0 }] = await tx.db
      .select({ n: count() })
      .from(initiativeCourses)
      .where(and(eq(initiativeCourses.orgId, orgId), eq(initiativeCourses.initiativeId, row.id)));
    if (n >= INITIATIVE_CAPS.courses)
      throw invalid(`An initiative has at most ${INITIATIVE_CAPS.courses} courses`);
    const values = {
      title: input.title,
      courseOn: input.courseOn,
      beforeOn: input.beforeOn ?? addDays(input.courseOn, -7),
      followUpOn: input.followUpOn ?? addMonths(input.courseOn, FOLLOW_UP_AFTER_MONTHS),
      personId: input.personId,
    };
    const [created] = await tx.db
      .insert(initiativeCourses)
      .values({
        orgId,
        initiativeId: row.id,
        ...values,
        expectations: input.expectations ?? null,
        commitment: input.commitment ?? null,
        createdAt: tx.now(),
      })
      .returning({ id: initiativeCourses.id });
    await queueCourseInvitations(tx, { id: created!.id, ...values }, 0);
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.course_planned',
        entityType: 'initiative',
        entityId: row.id,
        subjectPersonId: input.personId,
        details: { course: created!.id, followUpOn: values.followUpOn },
      },
    );
    const fresh = await loadEditableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
  });
}

/** A course of the initiative, locked for the change about to be made to it. */
export async function lockCourse(tx: SignedInContext, initiativeId: string, courseId: string) {
  const [course] = await tx.db
    .select()
    .from(initiativeCourses)
    .where(
      and(
        eq(initiativeCourses.orgId, tx.actor.orgId),
        eq(initiativeCourses.initiativeId, initiativeId),
        eq(initiativeCourses.id, courseId),
      ),
    )
    .for('update');
  return course;
}

/**
 * PATCH /initiatives/{id}/courses/{courseId}: the notes before, during and after. The participant
 * writes their own course's notes; the owners and the participant's nearest leader too. Marking
 * the follow-up held closes the gap in the leader's overview.
 */
export async function updateCourse({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateCourseInput & { id: string; courseId: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row, access } = await loadReadableInitiative(tx, input.id);
    const course = await lockCourse(tx, row.id, input.courseId);
    if (!course || !seesPerson(access, course.personId)) throw notFound('No such course');
    if (course.version !== input.version)
      throw conflict('Someone changed these notes meanwhile', 'stale_version');
    const followedUpAt =
      input.followedUp === undefined
        ? course.followedUpAt
        : input.followedUp
          ? (course.followedUpAt ?? tx.now())
          : null;
    await tx.db
      .update(initiativeCourses)
      .set({
        ...(input.expectations !== undefined ? { expectations: input.expectations } : {}),
        ...(input.commitment !== undefined ? { commitment: input.commitment } : {}),
        ...(input.application !== undefined ? { application: input.application } : {}),
        ...(input.followUp !== undefined ? { followUp: input.followUp } : {}),
        followedUpAt,
        version: sql`${initiativeCourses.version} + 1`,
      })
      .where(and(eq(initiativeCourses.orgId, orgId), eq(initiativeCourses.id, course.id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.course_noted',
        entityType: 'initiative',
        entityId: row.id,
        subjectPersonId: course.personId,
        details: { course: course.id, followedUp: followedUpAt !== null },
      },
    );
    const fresh = await loadReadableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
  });
}
