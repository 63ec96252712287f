import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { preparedStatement } from '../../../server/db/prepared.js';
import { localDay } from '../../../shared/time.js';
import { unitProgressionAccess } from '../access.js';
import type { OverviewAnswer, OverviewCounts, OverviewRow } from '../answers.js';
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

/** One collator for the process: localeCompare with a locale builds a new one on every call. */
const byName = new Intl.Collator('da');

interface CountRow {
  courses: number;
  grp: string | null;
  grp_name: string | null;
  area: string | null;
  period: string | null;
  red: number;
  yellow: number;
  green: number;
}

/*
 * The counts in one statement ($1 org, $2 unit, $3 first day, $4 last day). The subtree's courses
 * are gathered into two arrays (each course and the group it counts under: the unit itself or the
 * unit directly below it); each course's latest level per area and quarter is then found on its own
 * few ratings through the index on (org, course, area, day), and only the counts per group, area
 * and quarter leave the database; the first row also carries the number of courses. Joined
 * directly, the planner guessed the recursive walk ten times too large and either scanned every
 * rating of the municipality or priced the plan above PostgreSQL's JIT threshold and spent more time
 * compiling than counting (docs/benchmarks.md); an unnested array it prices at a few rows.
 */
const countsStatement = preparedStatement<CountRow>(
  'progression_overview_counts',
  `with recursive sub(id, grp) as (
    select id, id from units where org_id = $1::uuid and id = $2::uuid
    union all
    select c.id, case when sub.id = $2::uuid then c.id else sub.grp end
    from sub join units c on c.org_id = $1::uuid and c.parent_id = sub.id
  ),
  picked as (
    select array_agg(c.id) as ids, array_agg(s.grp) as grps, count(*)::int as n
    from progression_courses c join sub s on s.id = c.unit_id
    where c.org_id = $1::uuid
  )
  select p.n as courses, k.grp, g.name as grp_name, k.area, k.period,
    coalesce(k.red, 0) as red, coalesce(k.yellow, 0) as yellow, coalesce(k.green, 0) as green
  from picked p
  left join lateral (
    select c.grp, q.area, q.period,
      count(*) filter (where q.level = 'red')::int as red,
      count(*) filter (where q.level = 'yellow')::int as yellow,
      count(*) filter (where q.level = 'green')::int as green
    from unnest(p.ids, p.grps) as c(id, grp)
    cross join lateral (
      select distinct on (r.area, period) r.area, to_char(r.rated_on, 'YYYY-"Q"Q') as period, r.level
      from progression_ratings r
      where r.org_id = $1::uuid and r.course_id = c.id and r.rated_on >= $3::date and r.rated_on <= $4::date
      order by r.area, period, r.rated_on desc
    ) q
    group by c.grp, q.area, q.period
  ) k on true
  left join units g on g.org_id = $1::uuid and g.id = k.grp`,
);

/**
 * GET /progression/overview?unitId=: red / yellow / green per area and quarter — each course
 * counted once per area and quarter, at its latest level that quarter — for the unit and, side by
 * side, each unit directly below it (an area's institutions). Counts only: no course is named. A
 * group's own units and courses are its own overview, opened when asked.
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
  const periods = quartersBetween(from, to);
  const found = await countsStatement(ctx.db, [orgId, unit.id, from, to]);
  const counted = found.filter(
    (c): c is CountRow & { grp: string; grp_name: string; area: string; period: string } => c.grp !== null,
  );
  const names = new Map(counted.map((c) => [c.grp, c.grp_name]));

  const defined = (await unitAreas(ctx.db, orgId, unit.id)).areas;
  const areas = [...defined, ...[...new Set(counted.map((c) => c.area))].filter((a) => !defined.includes(a))];
  // The unit itself first (courses kept at its own level), then the units below by name.
  const groups = [...new Set(counted.map((c) => c.grp))]
    .map((id) => ({ id, name: names.get(id)! }))
    .sort((a, b) => Number(b.id === unit.id) - Number(a.id === unit.id) || byName.compare(a.name, b.name));
  const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
  const periodIndex = new Map(periods.map((p, i) => [p, i]));

  const byRow = new Map<string, OverviewRow>();
  for (const c of counted) {
    const key = `${c.grp}\u0000${c.area}`;
    let row = byRow.get(key);
    if (!row) {
      row = { group: groupIndex.get(c.grp)!, area: c.area, counts: periods.map(() => null) };
      byRow.set(key, row);
    }
    row.counts[periodIndex.get(c.period)!] = [c.red, c.yellow, c.green] satisfies OverviewCounts;
  }
  const areaIndex = new Map(areas.map((a, i) => [a, i]));
  const rows = [...byRow.values()].sort(
    (a, b) => a.group - b.group || areaIndex.get(a.area)! - areaIndex.get(b.area)!,
  );
  return {
    unit,
    areas,
    periods,
    groups,
    rows,
    courses: found[0]?.courses ?? 0,
    can: { openGroups: access.setAreas },
  };
}
