import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import type { Db } from '../../../server/db/client.js';
import { keptAnswers } from '../../../server/db/data-versions.js';
import { preparedStatement } from '../../../server/db/prepared.js';
import { localDay } from '../../../shared/time.js';
import { unitProgressionAccess } from '../access.js';
import type { OverviewAnswer, OverviewCounts, OverviewRow } from '../answers.js';
import { PROGRESSION_LIMITS } from '../constants.js';
import { unitWithAncestorsText } from '../../../server/policy/unit-tree.js';

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

interface OverviewRowOut {
  unit_name: string;
  unit_areas: string[];
  courses: number;
  /** The groups with counts: [id, name]. */
  groups: [string, string][];
  /** Per group and area: [group id, area, [[period, red, yellow, green], …]]. */
  lines: [string, string, [string, number, number, number][]][];
}

/*
 * The overview in one statement and one row ($1 org, $2 unit, $3 first quarter, $4 last quarter). The
 * subtree's units are gathered into two arrays (each unit and the group it counts under: the unit
 * itself or the unit directly below it), and the counts kept per unit, area and quarter (counts.ts)
 * are summed per group, area and quarter; with them come the unit's name, its areas and its number
 * of courses. Finding each course's latest level among its ratings on every read cost about 45 ms
 * of PostgreSQL per area overview at 50,000 people (docs/benchmarks.md), and 635 rows of ten
 * columns cost the server more to parse than the same numbers as one JSON document. Joined
 * directly, the planner guesses the recursive walk ten times too large and scans every unit's
 * counts; an unnested array it prices at a few rows.
 */
const overviewStatement = preparedStatement<OverviewRowOut>(
  'progression_overview_counts',
  `with recursive sub(id, grp) as (
    select id, id from units where org_id = $1::uuid and id = $2::uuid
    union all
    select c.id, case when sub.id = $2::uuid then c.id else sub.grp end
    from sub join units c on c.org_id = $1::uuid and c.parent_id = sub.id
  ),
  picked as (select array_agg(id) as ids, array_agg(grp) as grps from sub),
  total as (
    select count(*)::int as n from picked p
    join progression_courses c on c.org_id = $1::uuid and c.unit_id = any(p.ids)
  ),
  anc as (${unitWithAncestorsText('$1::uuid', '$2::uuid')}),
  -- The unit's areas: its own list, else the nearest unit's above that has one (records.ts, unitAreas).
  listed as (
    select coalesce(json_agg(a.name order by a.position), '[]') as areas from progression_areas a
    where a.org_id = $1::uuid and a.unit_id = (
      select anc.id from anc
      where exists (select 1 from progression_areas x where x.org_id = $1::uuid and x.unit_id = anc.id)
      order by anc.depth limit 1)
  ),
  summed as (
    select s.grp, n.area, to_char(n.quarter, 'YYYY-"Q"Q') as period,
      sum(n.red)::int as red, sum(n.yellow)::int as yellow, sum(n.green)::int as green
    from picked p cross join unnest(p.ids, p.grps) as s(id, grp)
    join progression_counts n
      on n.org_id = $1::uuid and n.unit_id = s.id and n.quarter >= $3::date and n.quarter <= $4::date
    group by s.grp, n.area, n.quarter
    having sum(n.red + n.yellow + n.green) > 0
  ),
  lines as (
    select grp, area, json_agg(json_build_array(period, red, yellow, green)) as cells
    from summed group by grp, area
  )
  select (select anc.name from anc where anc.depth = 0) as unit_name, l.areas as unit_areas, t.n as courses,
    coalesce((select json_agg(json_build_array(g.id, g.name))
      from (select distinct grp from lines) x join units g on g.org_id = $1::uuid and g.id = x.grp), '[]') as groups,
    coalesce((select json_agg(json_build_array(grp, area, cells)) from lines), '[]') as lines
  from total t cross join listed l`,
);

/** The overview apart from `can`: the same for every reader of the unit in the same quarter. */
type OverviewData = Omit<OverviewAnswer, 'can'>;

/** The answer apart from `can`, and its JSON text without the closing brace, made once when asked. */
interface KeptOverview {
  data: OverviewData;
  text?: string;
}

async function makeOverview(
  db: Db,
  orgId: string,
  unitId: string,
  from: string,
  quarter: string,
): Promise<KeptOverview> {
  const periods = quartersBetween(from, quarter);
  // The counts are kept per quarter's first day, so the current quarter's first day ends the range
  // as well as today does, and the kept answer holds for the whole quarter.
  const [found] = await overviewStatement(db, [orgId, unitId, from, quarter]);
  // One row always comes back (it aggregates), and the access check found the unit.
  const unit = { id: unitId, name: found!.unit_name };
  const defined = found!.unit_areas;
  const areas = [
    ...defined,
    ...new Set(found!.lines.map(([, area]) => area).filter((a) => !defined.includes(a))),
  ];
  // The unit itself first (courses kept at its own level), then the units below by name.
  const groups = found!.groups
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => Number(b.id === unit.id) - Number(a.id === unit.id) || byName.compare(a.name, b.name));
  const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
  const periodIndex = new Map(periods.map((p, i) => [p, i]));
  const rows = found!.lines.map(([grp, area, cells]): OverviewRow => {
    const counts: (OverviewCounts | null)[] = periods.map(() => null);
    for (const [period, red, yellow, green] of cells) counts[periodIndex.get(period)!] = [red, yellow, green];
    return { group: groupIndex.get(grp)!, area, counts };
  });
  const areaIndex = new Map(areas.map((a, i) => [a, i]));
  rows.sort((a, b) => a.group - b.group || areaIndex.get(a.area)! - areaIndex.get(b.area)!);
  return { data: { unit, areas, periods, groups, rows, courses: found!.courses } };
}

/*
 * Kept between writes (server/db/data-versions.ts): every table the statement reads is watched —
 * the units (the subtree, the groups' and the unit's names, the ancestors whose areas apply), the
 * areas, the courses (their number) and the kept counts (a rating or a deleted course moves them).
 * An area's overview sums thousands of kept rows; kept, a read costs the counters' lookup. Up to
 * 500 answers: the areas and institutions leaders open, each about 15 KB at 50,000 people.
 */
const keptOverview = keptAnswers(
  ['units', 'progression_areas', 'progression_courses', 'progression_counts'],
  500,
  makeOverview,
);

async function readOverview(ctx: SignedInContext, unitId: string) {
  const access = await unitProgressionAccess(ctx, unitId);
  if (!access.overview) throw notFound('No such unit');
  const today = localDay(ctx.now());
  const from = quarterStart(today, PROGRESSION_LIMITS.quarters - 1);
  const kept = await keptOverview(ctx.db, ctx.actor.orgId, unitId, from, quarterStart(today, 0));
  return { kept, can: { openGroups: access.setAreas } };
}

/**
 * GET /progression/overview?unitId=: red / yellow / green per area and quarter — each course
 * counted once per area and quarter, at its latest level that quarter — for the unit and, side by
 * side, each unit directly below it (an area's institutions). Counts only: no course is named. A
 * group's own units and courses are its own overview, opened when asked. Who may see it is decided
 * on every request, before the kept answer is looked up; only `can` depends on the reader.
 */
export async function progressionOverview({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { unitId: string };
}): Promise<OverviewAnswer> {
  const { kept, can } = await readOverview(ctx, input.unitId);
  return { ...kept.data, can };
}

/**
 * The same answer as JSON text, for the route: the kept part is serialised once per kept answer
 * (15 KB for an area at 50,000 people: JSON.stringify was a sixth of the server's time per read),
 * and the reader's `can` is added as the last key, as `JSON.stringify({ ...data, can })` would.
 */
export async function progressionOverviewJson({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { unitId: string };
}): Promise<string> {
  const { kept, can } = await readOverview(ctx, input.unitId);
  kept.text ??= JSON.stringify(kept.data).slice(0, -1);
  return `${kept.text},"can":${JSON.stringify(can)}}`;
}
