import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { unitPeopleText } from '../../../server/policy/unit-people.js';
import { unitSubtreeText, unitWithAncestorsText } from '../../../server/policy/unit-tree.js';
import { progressionOverview } from '../../progression/index.js';
import { addModulePackageSources } from './module-sections.js';
import { addPackageSource, section, type PackageScope } from './registry.js';

/*
 * The sections the product assembles from modules on main: the frame and its focus areas, the
 * unit's goals as counts (a person's goals are theirs; the level above sees how many, not which),
 * its lever plans, its forums' meetings, and its progression overview. Counts and the unit's own
 * plans only — no person's record is shown, so no read is written to anyone's access log.
 */

async function rows<T>(ctx: SignedInContext, query: SQL): Promise<T[]> {
  return ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function frameSection(ctx: SignedInContext, s: PackageScope) {
  const found = await rows<{ title: string; kind: string; item: string | null; description: string | null }>(
    ctx,
    sql`select f.title, i.kind, i.title as item, i.description from frames f
      left join frame_items i on i.org_id = f.org_id and i.frame_id = f.id
      where f.org_id = ${s.orgId} and f.published_at is not null
        and f.unit_id in (select id from (${unitWithAncestorsText.bound(s.orgId, s.unitId)}) anc)
        and f.period_start <= ${s.to} and f.period_end >= ${s.from}
      order by f.period_start desc, f.title, i.position nulls last`,
  );
  if (!found.length) return null;
  const frames = new Set(found.map((f) => f.title));
  return section(
    [{ key: 'frames', value: frames.size }],
    found.filter((f) => f.item).map((f) => ({ title: f.item!, detail: f.description })),
  );
}

async function goalsSection(ctx: SignedInContext, s: PackageScope) {
  const [counts] = await rows<{ in_focus: number; achieved: number; put_aside: number; people: number }>(
    ctx,
    sql`select count(*) filter (where g.status = 'in_focus')::int as in_focus,
        count(*) filter (where g.status = 'achieved' and g.updated_at >= ${s.from}::date)::int as achieved,
        count(*) filter (where g.status = 'put_aside' and g.updated_at >= ${s.from}::date)::int as put_aside,
        count(distinct g.subject_person_id)::int as people
      from goals g
      where g.org_id = ${s.orgId} and (
        g.subject_person_id in (${unitPeopleText.bound(s.orgId, s.unitId)})
        or g.subject_team_id in (select t.id from teams t where t.org_id = ${s.orgId}
          and t.unit_id in (${unitSubtreeText.bound(s.orgId, s.unitId)})))`,
  );
  return section([
    { key: 'inFocus', value: counts?.in_focus ?? 0 },
    { key: 'achieved', value: counts?.achieved ?? 0 },
    { key: 'putAside', value: counts?.put_aside ?? 0 },
    { key: 'people', value: counts?.people ?? 0 },
  ]);
}

async function leversSection(ctx: SignedInContext, s: PackageScope) {
  const plans = await rows<{ title: string; open: number; done: number }>(
    ctx,
    sql`select p.title,
        (select count(*) from lever_actions a where a.org_id = p.org_id and a.plan_id = p.id and a.status <> 'done')::int as open,
        (select count(*) from lever_actions a where a.org_id = p.org_id and a.plan_id = p.id and a.status = 'done')::int as done
      from lever_plans p
      where p.org_id = ${s.orgId} and p.unit_id = ${s.unitId}
        and p.period_start <= ${s.to} and p.period_end >= ${s.from}
      order by p.period_start desc, p.title`,
  );
  if (!plans.length) return null;
  return section(
    [
      { key: 'plans', value: plans.length },
      { key: 'open', value: plans.reduce((n, p) => n + p.open, 0) },
      { key: 'done', value: plans.reduce((n, p) => n + p.done, 0) },
    ],
    plans.map((p) => ({ title: p.title, detail: `${p.done}/${p.open + p.done}` })),
  );
}

async function forumsSection(ctx: SignedInContext, s: PackageScope) {
  const forums = await rows<{ name: string; meetings: number }>(
    ctx,
    sql`select f.name, (select count(*) from forum_meetings m where m.org_id = f.org_id and m.forum_id = f.id
          and m.held_on between ${s.from} and ${s.to})::int as meetings
      from forums f where f.org_id = ${s.orgId} and f.unit_id = ${s.unitId} order by f.name`,
  );
  if (!forums.length) return null;
  return section(
    [
      { key: 'forums', value: forums.length },
      { key: 'meetings', value: forums.reduce((n, f) => n + f.meetings, 0) },
    ],
    forums.map((f) => ({ title: f.name, detail: String(f.meetings) })),
  );
}

async function progressionSection(ctx: SignedInContext, s: PackageScope) {
  const overview = await progressionOverview({ ctx, input: { unitId: s.unitId } });
  if (!overview.courses) return null;
  return { facts: [{ key: 'courses', value: overview.courses }], items: [], progression: overview };
}

/** The built-in sections; called once at assembly. */
export function addBuiltInPackageSources() {
  addPackageSource({ key: 'frame', order: 10, load: frameSection });
  addPackageSource({ key: 'goals', order: 20, load: goalsSection });
  addPackageSource({ key: 'levers', order: 30, load: leversSection });
  addPackageSource({ key: 'forums', order: 40, load: forumsSection });
  addPackageSource({ key: 'progression', order: 50, load: progressionSection });
  addModulePackageSources();
}
