import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { addDays } from '../../../shared/time.js';
import { initiativeCourses } from '../schema.js';
import { initiativeDetail, loadEditableInitiative } from '../records.js';
import { queueCourseInvitations } from '../course-mails.js';
import { lockCourse } from './courses.js';
import type { MoveCourseInput } from '../validation.js';
import type { InitiativeAnswer } from '../answers.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/**
 * PUT /initiatives/{id}/courses/{courseId}/dates: the initiative's owners move a course (seeds/001,
 * transfer). The conversation before and the follow-up after keep their distance to the course
 * unless given new days, and both invitations are sent again under their first UIDs with a higher
 * sequence, so calendars move the meetings instead of adding new ones.
 */
export async function moveCourse({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: MoveCourseInput & { id: string; courseId: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    const course = await lockCourse(tx, row.id, input.courseId);
    if (!course) throw notFound('No such course');
    if (course.version !== input.version)
      throw conflict('Someone changed the course meanwhile', 'stale_version');
    const shift = daysBetween(String(course.courseOn), input.courseOn);
    const dates = {
      courseOn: input.courseOn,
      beforeOn: input.beforeOn ?? addDays(String(course.beforeOn), shift),
      followUpOn: input.followUpOn ?? addDays(String(course.followUpOn), shift),
    };
    if (dates.beforeOn > dates.courseOn)
      throw invalid('The conversation before is on or before the course', undefined, [
        { path: 'beforeOn', message: 'On or before the course' },
      ]);
    if (dates.followUpOn < dates.courseOn)
      throw invalid('The follow-up is on or after the course', undefined, [
        { path: 'followUpOn', message: 'On or after the course' },
      ]);
    const [saved] = await tx.db
      .update(initiativeCourses)
      .set({ ...dates, version: sql`${initiativeCourses.version} + 1` })
      .where(and(eq(initiativeCourses.orgId, orgId), eq(initiativeCourses.id, course.id)))
      .returning({ version: initiativeCourses.version });
    await queueCourseInvitations(
      tx,
      { id: course.id, title: course.title, personId: course.personId, ...dates },
      saved!.version,
    );
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.course_moved',
        entityType: 'initiative',
        entityId: row.id,
        subjectPersonId: course.personId,
        details: { course: course.id, from: String(course.courseOn), ...dates },
      },
    );
    const fresh = await loadEditableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
  });
}
