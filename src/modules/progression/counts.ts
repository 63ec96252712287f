import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { Level } from './constants.js';
import { progressionCounts, progressionCourses } from './schema.js';

/*
 * The overviews' counts (schema.ts, `progression_counts`): per unit, area and quarter, how many of
 * the unit's own courses stood at each level, each course counted once at its latest rating that
 * quarter. A write that changes a course's ratings reads the course's latest levels in the quarters
 * it touches before and after, and moves the difference; `rebuildProgressionCounts` derives them
 * all from the ratings, for data written around the services (the demo, the benchmark) and as the
 * tests' reference.
 */

/** `quarter` is the quarter's first day; `level` the course's latest that quarter. */
interface QuarterLevel {
  area: string;
  quarter: string;
  level: Level;
}

const latestText = (orgId: string, courseId: string, quarters: readonly string[] | null) => sql`
  select distinct on (r.area, 2) r.area, date_trunc('quarter', r.rated_on)::date::text as quarter, r.level
  from progression_ratings r
  where r.org_id = ${orgId}::uuid and r.course_id = ${courseId}::uuid
    ${quarters ? sql`and date_trunc('quarter', r.rated_on)::date = any(${`{${quarters.join(',')}}`}::date[])` : sql``}
  order by r.area, 2, r.rated_on desc`;

/** The course's latest level per area and quarter: in the given quarters, or in all of them. */
export async function courseLevels(
  db: Db,
  orgId: string,
  courseId: string,
  quarters: readonly string[] | null,
): Promise<QuarterLevel[]> {
  const result = (await db.execute(latestText(orgId, courseId, quarters))) as unknown as {
    rows: QuarterLevel[];
  };
  return result.rows;
}

/**
 * Locks the course's row until the transaction ends, so two saves of its ratings at once cannot
 * both read the same "before" and count a change twice.
 */
export async function lockCourse(db: Db, orgId: string, courseId: string) {
  await db
    .select({ id: progressionCourses.id })
    .from(progressionCourses)
    .where(and(eq(progressionCourses.orgId, orgId), eq(progressionCourses.id, courseId)))
    .for('update');
}

/** Moves the unit's counts from the course's levels `before` to those `after` (either may be empty). */
export async function shiftCounts(
  db: Db,
  orgId: string,
  unitId: string,
  before: readonly QuarterLevel[],
  after: readonly QuarterLevel[],
) {
  const deltas = new Map<
    string,
    { area: string; quarter: string; red: number; yellow: number; green: number }
  >();
  const move = (l: QuarterLevel, by: number) => {
    const key = `${l.area}\u0000${l.quarter}`;
    const d = deltas.get(key) ?? { area: l.area, quarter: l.quarter, red: 0, yellow: 0, green: 0 };
    d[l.level] += by;
    deltas.set(key, d);
  };
  before.forEach((l) => move(l, -1));
  after.forEach((l) => move(l, 1));
  const rows = [...deltas.values()].filter((d) => d.red || d.yellow || d.green);
  if (rows.length === 0) return;
  await db
    .insert(progressionCounts)
    .values(rows.map((d) => ({ orgId, unitId, ...d })))
    .onConflictDoUpdate({
      target: [
        progressionCounts.orgId,
        progressionCounts.unitId,
        progressionCounts.area,
        progressionCounts.quarter,
      ],
      set: {
        red: sql`${progressionCounts.red} + excluded.red`,
        yellow: sql`${progressionCounts.yellow} + excluded.yellow`,
        green: sql`${progressionCounts.green} + excluded.green`,
      },
    });
}

/** Derives the organisation's counts afresh from its ratings. */
export async function rebuildProgressionCounts(db: Db, orgId: string) {
  await db.delete(progressionCounts).where(eq(progressionCounts.orgId, orgId));
  await db.execute(sql`
    insert into progression_counts (org_id, unit_id, area, quarter, red, yellow, green)
    select l.org_id, l.unit_id, l.area, l.quarter,
      count(*) filter (where l.level = 'red')::int, count(*) filter (where l.level = 'yellow')::int,
      count(*) filter (where l.level = 'green')::int
    from (
      select distinct on (r.course_id, r.area, 4) r.org_id, c.unit_id, r.area,
        date_trunc('quarter', r.rated_on)::date as quarter, r.level
      from progression_ratings r
      join progression_courses c on c.org_id = r.org_id and c.id = r.course_id
      where r.org_id = ${orgId}::uuid
      order by r.course_id, r.area, 4, r.rated_on desc
    ) l
    group by l.org_id, l.unit_id, l.area, l.quarter`);
}
