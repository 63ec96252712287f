import { sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid } from '../../../server/http/errors.js';
import { localDay } from '../../../shared/time.js';
import type { CourseAnswer } from '../answers.js';
import { courseLevels, lockCourse, shiftCounts } from '../counts.js';
import { quarterStart } from './overview.js';
import { loadCourseFor, presentCourse, unitAreas } from '../records.js';
import { progressionRatings } from '../schema.js';
import type { RateCourseInput } from '../validation.js';

/**
 * POST /progression/courses/{id}/ratings: one day's levels. Saving the same day again (a double
 * tap, a correction) replaces that day's level per area, so nothing is counted twice.
 */
export async function rateCourse({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: RateCourseInput & { id: string };
}): Promise<CourseAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { course, access } = await loadCourseFor(tx, input.id, 'edit');
    if (input.ratedOn > localDay(ctx.now()))
      throw invalid('A rating cannot be dated in the future', undefined, [
        { path: 'ratedOn', message: 'A rating cannot be dated in the future' },
      ]);
    const { areas } = await unitAreas(tx.db, orgId, course.unitId);
    const unknown = input.levels.findIndex((l) => !areas.includes(l.area));
    if (unknown >= 0)
      throw invalid('The unit does not follow that area', undefined, [
        { path: `levels.${unknown}.area`, message: 'The unit does not follow that area' },
      ]);
    // The overviews' counts follow the course's latest level in the rated day's quarter.
    const quarters = [quarterStart(input.ratedOn, 0)];
    await lockCourse(tx.db, orgId, course.id);
    const before = await courseLevels(tx.db, orgId, course.id, quarters);
    await tx.db
      .insert(progressionRatings)
      .values(
        input.levels.map((l) => ({
          orgId,
          courseId: course.id,
          area: l.area,
          level: l.level,
          ratedOn: input.ratedOn,
          note: input.note || null,
          ratedBy: ctx.actor.personId,
        })),
      )
      .onConflictDoUpdate({
        target: [
          progressionRatings.orgId,
          progressionRatings.courseId,
          progressionRatings.area,
          progressionRatings.ratedOn,
        ],
        set: { level: sql`excluded.level`, note: sql`excluded.note`, ratedBy: sql`excluded.rated_by` },
      });
    await shiftCounts(
      tx.db,
      orgId,
      course.unitId,
      before,
      await courseLevels(tx.db, orgId, course.id, quarters),
    );
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'progression_course.rated',
        entityType: 'progression_course',
        entityId: course.id,
        details: { ratedOn: input.ratedOn, areas: input.levels.length },
      },
    );
    return { course: await presentCourse(tx, course, access) };
  });
}
