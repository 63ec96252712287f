import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import type { OkAnswer } from '../../../shared/answers.js';
import { unitProgressionAccess } from '../access.js';
import type { CourseAnswer } from '../answers.js';
import { courseLevels, lockCourse, shiftCounts } from '../counts.js';
import { loadCourseFor, presentCourse } from '../records.js';
import { progressionCourses } from '../schema.js';
import type { CreateCourseInput, UpdateCourseInput } from '../validation.js';

/** POST /progression/courses: a course for a unit the actor belongs to or leads (or one above). */
export async function createCourse({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateCourseInput;
}): Promise<CourseAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const access = await unitProgressionAccess(tx, input.unitId);
    if (!access.edit) throw notFound('No such unit');
    const [created] = await tx.db
      .insert(progressionCourses)
      .values({
        orgId,
        unitId: input.unitId,
        subjectKind: input.subjectKind,
        label: input.label,
        challenge: input.challenge ?? '',
        initiative: input.initiative ?? '',
        outcome: input.outcome ?? '',
        startedOn: input.startedOn,
        createdBy: ctx.actor.personId,
      })
      .returning();
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'progression_course.created',
        entityType: 'progression_course',
        entityId: created!.id,
        details: { unitId: input.unitId, namesConfirmed: Boolean(input.allowNames) },
      },
    );
    return { course: await presentCourse(tx, created!, access) };
  });
}

/** GET /progression/courses/{id}: the course with its ratings. */
export async function getCourse({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<CourseAnswer> {
  const { course, access } = await loadCourseFor(ctx, input.id, 'read');
  return { course: await presentCourse(ctx, course, access) };
}

/** PATCH /progression/courses/{id}: against the version the client read; an older one is a 409. */
export async function updateCourse({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateCourseInput & { id: string };
}): Promise<CourseAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, allowNames, ...changes } = input;
  const fields = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return inTransaction(ctx, async (tx) => {
    const { course, access } = await loadCourseFor(tx, id, 'edit');
    if (course.version !== version)
      throw conflict('Someone else changed the course meanwhile', 'stale_version');
    const [saved] = await tx.db
      .update(progressionCourses)
      .set({ ...changes, version: sql`${progressionCourses.version} + 1`, updatedAt: tx.now() })
      .where(
        and(
          eq(progressionCourses.orgId, orgId),
          eq(progressionCourses.id, id),
          eq(progressionCourses.version, version),
        ),
      )
      .returning();
    if (!saved) throw conflict('Someone else changed the course meanwhile', 'stale_version');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'progression_course.updated',
        entityType: 'progression_course',
        entityId: id,
        details: { fields, namesConfirmed: Boolean(allowNames) },
      },
    );
    return { course: await presentCourse(tx, saved, access) };
  });
}

/** DELETE /progression/courses/{id}: the course with its ratings. */
export async function deleteCourse({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { course } = await loadCourseFor(tx, input.id, 'edit');
    await lockCourse(tx.db, orgId, course.id);
    await shiftCounts(tx.db, orgId, course.unitId, await courseLevels(tx.db, orgId, course.id, null), []);
    await tx.db
      .delete(progressionCourses)
      .where(and(eq(progressionCourses.orgId, orgId), eq(progressionCourses.id, course.id)));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'progression_course.deleted',
        entityType: 'progression_course',
        entityId: course.id,
        details: { unitId: course.unitId },
      },
    );
    return { ok: true as const };
  });
}
