import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { forbidden, notFound } from '../../../server/http/errors.js';
import { ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { UNIT_PEOPLE_ROLES } from '../../../server/policy/roles.js';
import { memberships, units } from '../../org/schema.js';
import { unitProgressionAccess } from '../access.js';
import type { ListedCourse, ProgressionUnitsAnswer, UnitProgressionAnswer } from '../answers.js';
import { unitAreas, unitRef } from '../records.js';
import { progressionAreas, progressionCourses, progressionRatings } from '../schema.js';
import type { SetAreasInput } from '../validation.js';

/** GET /progression/units: the units the actor records progression for — their own and those they lead. */
export async function progressionUnits({ ctx }: { ctx: SignedInContext }): Promise<ProgressionUnitsAnswer> {
  const { orgId, personId } = ctx.actor;
  const own = ctx.db
    .select({ unitId: memberships.unitId })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.personId, personId),
        inArray(memberships.role, [...UNIT_PEOPLE_ROLES]),
      ),
    );
  const found = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      and(
        eq(units.orgId, orgId),
        or(inArray(units.id, own), sql`${units.id} in (${ledSubtreeText.bound(orgId, personId)})`),
      ),
    )
    .orderBy(asc(units.name), asc(units.id));
  return { units: found };
}

/** GET /progression/units/{id}: the unit's areas and courses with each area's latest level. */
export async function getUnitProgression({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<UnitProgressionAnswer> {
  const orgId = ctx.actor.orgId;
  const access = await unitProgressionAccess(ctx, input.id);
  if (!access.read) throw notFound('No such unit');
  const unit = await unitRef(ctx.db, orgId, input.id);
  const { areas, from } = await unitAreas(ctx.db, orgId, unit.id);
  const rows = await ctx.db
    .select()
    .from(progressionCourses)
    .where(and(eq(progressionCourses.orgId, orgId), eq(progressionCourses.unitId, unit.id)))
    .orderBy(desc(progressionCourses.startedOn), asc(progressionCourses.label));
  const ids = rows.map((r) => r.id);
  const latest = ids.length
    ? await ctx.db
        .selectDistinctOn([progressionRatings.courseId, progressionRatings.area], {
          courseId: progressionRatings.courseId,
          area: progressionRatings.area,
          ratedOn: progressionRatings.ratedOn,
          level: progressionRatings.level,
        })
        .from(progressionRatings)
        .where(and(eq(progressionRatings.orgId, orgId), inArray(progressionRatings.courseId, ids)))
        .orderBy(progressionRatings.courseId, progressionRatings.area, desc(progressionRatings.ratedOn))
    : [];
  const courses: ListedCourse[] = rows.map((r) => ({
    id: r.id,
    subjectKind: r.subjectKind,
    label: r.label,
    startedOn: r.startedOn,
    latest: latest
      .filter((l) => l.courseId === r.id)
      .map(({ area, ratedOn, level }) => ({ area, ratedOn, level })),
  }));
  return { unit, areas, areasFrom: from, courses, can: { edit: access.edit, setAreas: access.setAreas } };
}

/** PUT /progression/units/{id}/areas: the unit's own list (empty: use the nearest list above). */
export async function setAreas({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: SetAreasInput & { id: string };
}): Promise<UnitProgressionAnswer> {
  const orgId = ctx.actor.orgId;
  await inTransaction(ctx, async (tx) => {
    const access = await unitProgressionAccess(tx, input.id);
    if (!access.read) throw notFound('No such unit');
    if (!access.setAreas) throw forbidden('Only the unit’s leaders set its areas');
    await tx.db
      .delete(progressionAreas)
      .where(and(eq(progressionAreas.orgId, orgId), eq(progressionAreas.unitId, input.id)));
    if (input.areas.length)
      await tx.db
        .insert(progressionAreas)
        .values(input.areas.map((name, position) => ({ orgId, unitId: input.id, name, position })));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'progression_areas.set',
        entityType: 'unit',
        entityId: input.id,
        details: { areas: input.areas.length },
      },
    );
  });
  return getUnitProgression({ ctx, input: { id: input.id } });
}
