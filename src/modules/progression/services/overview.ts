import { sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { unitSubtreeText } from '../../../server/policy/unit-tree.js';
import { localDay } from '../../../shared/time.js';
import { unitProgressionAccess } from '../access.js';
import type { OverviewAnswer, OverviewCell } from '../answers.js';
import { PROGRESSION_LIMITS } from '../constants.js';
import { unitAreas, unitRef } from '../records.js';

/** The first day of the quarter `back` quarters before the one `day` falls in. */
export function quarterStart(day: string, back: number): string {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) - back;
  const y = year + Math.floor(quarter / 4);
  const q = ((quarter % 4) + 4) % 4;
  return `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/** The quarters from `from` to the one `to` falls in, as `2026-Q3`. */
export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let back = 0; ; back++) {
    const start = quarterStart(to, back);
    if (start < from) break;
    out.unshift(`${start.slice(0, 4)}-Q${(Number(start.slice(5, 7)) - 1) / 3 + 1}`);
  }
  return out;
}

/**
 * GET /progression/overview?unitId=: red / yellow / green per area and quarter — each course
 * counted once per area and quarter, at its latest level that quarter — for the unit and, side by
 * side, each unit directly below it (an area's institutions). Counts only: no course is named.
 */
export async function progressionOverview({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { unitId: string };
}): Promise<OverviewAnswer> {
  const orgId = ctx.actor.orgId;
  const access = await unitProgressionAccess(ctx, input.unitId);
  if (!access.overview) throw notFound('No such unit');
  const unit = await unitRef(ctx.db, orgId, input.unitId);
  const to = localDay(ctx.now());
  const from = quarterStart(to, PROGRESSION_LIMITS.quarters - 1);
  const result = (await ctx.db.execute(sql`
    with recursive sub(id, grp) as (
      select id, id from units where org_id = ${orgId} and id = ${unit.id}
      union all
      select c.id, case when sub.id = ${unit.id}::uuid then c.id else sub.grp end
      from sub join units c on c.org_id = ${orgId} and c.parent_id = sub.id
    ),
    -- From the subtree's courses to their ratings (the unique index on org, course, area, day), so
    -- the cost follows the unit's courses, not every rating in the municipality that period.
    rated as (
      select c.unit_id, r.course_id, r.area, r.level, r.rated_on,
        extract(year from r.rated_on)::int as y, extract(quarter from r.rated_on)::int as q
      from progression_courses c
      cross join lateral (
        select r.course_id, r.area, r.level, r.rated_on from progression_ratings r
        where r.org_id = c.org_id and r.course_id = c.id and r.rated_on >= ${from} and r.rated_on <= ${to}
      ) r
      where c.org_id = ${orgId} and c.unit_id in (select id from sub)
    ),
    latest as (
      select distinct on (course_id, area, y, q) unit_id, course_id, area, level, y, q
      from rated order by course_id, area, y, q, rated_on desc
    )
    select s.grp as unit_id, u.name as unit_name, l.area, l.y, l.q,
      count(*) filter (where l.level = 'red')::int as red,
      count(*) filter (where l.level = 'yellow')::int as yellow,
      count(*) filter (where l.level = 'green')::int as green
    from latest l join sub s on s.id = l.unit_id
    join units u on u.org_id = ${orgId} and u.id = s.grp
    group by s.grp, u.name, l.area, l.y, l.q
    order by u.name, l.area, l.y, l.q`)) as unknown as {
    rows: {
      unit_id: string;
      unit_name: string;
      area: string;
      y: number;
      q: number;
      red: number;
      yellow: number;
      green: number;
    }[];
  };
  const cells: OverviewCell[] = result.rows.map((r) => ({
    unit: { id: r.unit_id, name: r.unit_name },
    area: r.area,
    period: `${r.y}-Q${r.q}`,
    red: r.red,
    yellow: r.yellow,
    green: r.green,
  }));
  const defined = (await unitAreas(ctx.db, orgId, unit.id)).areas;
  const areas = [...defined, ...[...new Set(cells.map((c) => c.area))].filter((a) => !defined.includes(a))];
  const groups = new Map<string, { id: string; name: string }>();
  if (cells.some((c) => c.unit.id === unit.id)) groups.set(unit.id, unit);
  for (const c of cells) if (!groups.has(c.unit.id)) groups.set(c.unit.id, c.unit);
  const counted = (await ctx.db.execute(sql`select count(*)::int as n from progression_courses
    where org_id = ${orgId} and unit_id in (${unitSubtreeText.bound(orgId, unit.id)})`)) as unknown as {
    rows: { n: number }[];
  };
  return {
    unit,
    areas,
    periods: quartersBetween(from, to),
    groups: [...groups.values()],
    cells,
    courses: counted.rows[0]?.n ?? 0,
  };
}
