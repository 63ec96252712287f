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
 * The counts in one statement ($1 org, $2 unit, $3 first day, $4 last day). The subtree's units are
 * gathered into two arrays (each unit and the group it counts under: the unit itself or the unit
 * directly below it), and the counts kept per unit, area and quarter (counts.ts) are summed per
 * group, area and quarter; the first row also carries the number of courses. Finding each course's
 * latest level among its ratings on every read cost about 45 ms of PostgreSQL per area overview at
 * 50,000 people (docs/benchmarks.md). Joined directly, the planner guesses the recursive walk ten
 * times too large and scans every unit's counts; an unnested array it prices at a few rows.
 */
const countsStatement = preparedStatement<CountRow>(
  'progression_overview_counts',
  `with recursive sub(id, grp) as (
    select id, id from units where org_id = $1::uuid and id = $2::uuid
    union all
    select c.id, case when sub.id = $2::uuid then c.id else sub.grp end
    from sub join units c on c.org_id = $1::uuid and c.parent_id = sub.id
  ),
  picked as (select array_agg(id) as ids, array_agg(grp) as grps from sub)
  select (select count(*)::int from progression_courses c where c.org_id = $1::uuid and c.unit_id = any(p.ids))
      as courses,
    k.grp, g.name as grp_name, k.area, k.period,
    coalesce(k.red, 0) as red, coalesce(k.yellow, 0) as yellow, coalesce(k.green, 0) as green
  from picked p
  left join lateral (
    select s.grp, n.area, to_char(n.quarter, 'YYYY-"Q"Q') as period,
      sum(n.red)::int as red, sum(n.yellow)::int as yellow, sum(n.green)::int as green
    from unnest(p.ids, p.grps) as s(id, grp)
    join progression_counts n
      on n.org_id = $1::uuid and n.unit_id = s.id and n.quarter >= $3::date and n.quarter <= $4::date
    group by s.grp, n.area, n.quarter
    having sum(n.red + n.yellow + n.green) > 0
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
