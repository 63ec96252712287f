import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound, ServiceError } from '../../server/http/errors.js';
import { unitWithAncestors } from '../../server/policy/unit-tree.js';
import { toInstant, type Ref } from '../../shared/answers.js';
import { units } from '../org/schema.js';
import { unitProgressionAccess, type UnitProgressionAccess } from './access.js';
import type { Course } from './answers.js';
import { progressionAreas, progressionCourses, progressionRatings } from './schema.js';

// Loading and presenting progression courses, shared by the services.

export type CourseRow = typeof progressionCourses.$inferSelect;

/** The course and how the actor stands to its unit; 404 unless they may read it. */
export async function loadCourseFor(
  ctx: SignedInContext,
  id: string,
  need: 'read' | 'edit',
): Promise<{ course: CourseRow; access: UnitProgressionAccess }> {
  const [course] = await ctx.db
    .select()
    .from(progressionCourses)
    .where(and(eq(progressionCourses.orgId, ctx.actor.orgId), eq(progressionCourses.id, id)));
  if (!course) throw notFound('No such progression course');
  const access = await unitProgressionAccess(ctx, course.unitId);
  if (!access.read) throw notFound('No such progression course');
  if (need === 'edit' && !access.edit) throw new ServiceError('FORBIDDEN', 'Only the unit may change it');
  return { course, access };
}

/** The unit's areas: its own list, else the nearest unit's above that has one. */
export async function unitAreas(
  db: Db,
  orgId: string,
  unitId: string,
): Promise<{ areas: string[]; from: Ref | null }> {
  const chain = await unitWithAncestors(db, orgId, unitId);
  const rows = await db
    .select({ unitId: progressionAreas.unitId, name: progressionAreas.name })
    .from(progressionAreas)
    .where(
      and(
        eq(progressionAreas.orgId, orgId),
        inArray(
          progressionAreas.unitId,
          chain.map((u) => u.id),
        ),
      ),
    )
    .orderBy(asc(progressionAreas.position));
  for (const unit of chain) {
    const own = rows.filter((r) => r.unitId === unit.id).map((r) => r.name);
    if (own.length) return { areas: own, from: { id: unit.id, name: unit.name } };
  }
  return { areas: [], from: null };
}

export async function unitRef(db: Db, orgId: string, unitId: string): Promise<Ref> {
  const [u] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.orgId, orgId), eq(units.id, unitId)));
  if (!u) throw notFound('No such unit');
  return u;
}

export async function presentCourse(
  ctx: SignedInContext,
  course: CourseRow,
  access: UnitProgressionAccess,
): Promise<Course> {
  const orgId = ctx.actor.orgId;
  const ratings = await ctx.db
    .select({
      area: progressionRatings.area,
      ratedOn: progressionRatings.ratedOn,
      level: progressionRatings.level,
      note: progressionRatings.note,
    })
    .from(progressionRatings)
    .where(and(eq(progressionRatings.orgId, orgId), eq(progressionRatings.courseId, course.id)))
    .orderBy(desc(progressionRatings.ratedOn), asc(progressionRatings.area));
  return {
    id: course.id,
    unit: await unitRef(ctx.db, orgId, course.unitId),
    subjectKind: course.subjectKind,
    label: course.label,
    challenge: course.challenge,
    initiative: course.initiative,
    outcome: course.outcome,
    startedOn: course.startedOn,
    version: course.version,
    updatedAt: toInstant(course.updatedAt),
    ratings,
    areas: (await unitAreas(ctx.db, orgId, course.unitId)).areas,
    can: { edit: access.edit },
  };
}
