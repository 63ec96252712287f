import { sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { forbidden, notFound } from '../../../server/http/errors.js';
import { leadsAnyUnit } from '../../../server/policy/actor.js';
import { leadersUnitsText } from '../../../server/policy/leaders-units.js';
import { leadsUnitOrAbove } from '../../../server/policy/unit-leadership.js';
import { unitSubtreeText } from '../../../server/policy/unit-tree.js';
import { COVERAGE_MIN_GROUP, goalInFocusSql, staffSql } from '../../coverage/index.js';
import { DEFAULT_CADENCE_WEEKS, UNTOUCHED_DAYS } from '../nudges.js';
import { copenhagenDay } from '../records.js';
import type { AreaQuery } from '../validation.js';
import type { AreaAnswer } from '../answers.js';

interface Row {
  id: string;
  name: string;
  leaders: { id: string; name: string }[];
  people: number;
  in_focus: number;
  in_rhythm: number;
  overdue: number;
  stalled: number;
}

/**
 * GET /area: the area leader's institutions summed up — per unit whose leaders the actor leads
 * (policy/leaders-units.ts), counted with its subtree: how many people, how many with a goal in
 * focus, with a held 1:1 within their rhythm, overdue for one, and how many circles have stalled.
 * The rules are the leader's overview's (nudges.ts), and the people counted are coverage's
 * (each person once, in one unit), so the numbers agree with both.
 *
 * Small units: the area leader is the nearest leader of the units' leaders, not of their staff,
 * and PRODUCT.md keeps a person's development record from "the area leader above the leader". A
 * unit of three where "3 have a goal in focus" would tell the record of each, so below
 * COVERAGE_MIN_GROUP people (the coverage's and the surveys' threshold) a unit shows how many
 * people it has and nothing else. No total is given, so nothing can be subtracted back out.
 * Counts are no one's record, so nothing is audited (test/read-audit/routes.ts says so).
 */
export async function getArea({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AreaQuery;
}): Promise<AreaAnswer> {
  const { db, actor } = ctx;
  if (!leadsAnyUnit(actor)) throw forbidden('Only leaders read the numbers of the units they lead');
  if (input.unit && !(await leadsUnitOrAbove(ctx, input.unit))) throw notFound('Unit not found');
  const orgId = actor.orgId;
  const now = ctx.now();
  const today = copenhagenDay(now);
  const untouchedSince = new Date(now.getTime() - UNTOUCHED_DAYS * 86_400_000).toISOString();
  const within = input.unit ? sql` and i.unit_id in (${unitSubtreeText.bound(orgId, input.unit)})` : sql``;
  const result = (await db.execute(sql`
    with recursive inst as (
      select i.unit_id from (${leadersUnitsText.bound(orgId, actor.personId)}) i where true ${within}
    ),
    tree(root, id) as (
      select unit_id, unit_id from inst
      union
      select t.root, c.id from tree t join units c on c.org_id = ${orgId} and c.parent_id = t.id
    ),
    staff as (${staffSql(orgId, sql`select id from tree`)}),
    marked as (
      select t.root, s.person_id,
        ${goalInFocusSql(orgId, sql`s.person_id`)} as in_focus,
        o.last_held >= ${now.toISOString()}::timestamptz - make_interval(days => 7 * coalesce(
          (select min(cd.interval_weeks) from cadences cd where cd.org_id = ${orgId} and cd.person_id = s.person_id),
          ${DEFAULT_CADENCE_WEEKS})) as in_rhythm,
        o.planned,
        (select count(*) from goals g
          cross join lateral (
            select i.status, i.deadline, i.updated_at from inquiries i
            where i.org_id = ${orgId} and i.goal_id = g.id and i.form = 'learning_circle'
            order by i.sequence desc, i.created_at desc limit 1) c
          where g.org_id = ${orgId} and g.subject_person_id = s.person_id and g.status = 'in_focus'
            and c.status = 'open'
            and (c.deadline < ${today}::date or c.updated_at <= ${untouchedSince}::timestamptz))::int as stalled
      from staff s
      join tree t on t.id = s.unit_id
      cross join lateral (
        select max(c.starts_at) filter (where c.status = 'held') as last_held,
          coalesce(bool_or(c.status = 'planned' and c.starts_at > ${now.toISOString()}::timestamptz), false) as planned
        from conversation_participants cp
        join conversations c on c.org_id = cp.org_id and c.id = cp.conversation_id
        where cp.org_id = ${orgId} and cp.person_id = s.person_id and cp.role = 'subject' and c.kind = 'one_to_one'
      ) o
    )
    select u.id, u.name,
      coalesce((
        select json_agg(json_build_object('id', p.id, 'name', p.name) order by p.name, p.id)
        from memberships l join people p on p.org_id = l.org_id and p.id = l.person_id and p.active
        where l.org_id = ${orgId} and l.unit_id = u.id and l.role = 'leader' and l.person_id <> ${actor.personId}
      ), '[]'::json) as leaders,
      count(k.person_id)::int as people,
      count(*) filter (where k.in_focus)::int as in_focus,
      count(*) filter (where k.in_rhythm)::int as in_rhythm,
      count(*) filter (where k.person_id is not null and not coalesce(k.in_rhythm, false) and not k.planned)::int as overdue,
      coalesce(sum(k.stalled), 0)::int as stalled
    from inst
    join units u on u.org_id = ${orgId} and u.id = inst.unit_id
    left join marked k on k.root = u.id
    group by u.id, u.name
    order by u.name, u.id`)) as unknown as { rows: Row[] };
  return {
    minGroup: COVERAGE_MIN_GROUP,
    units: result.rows.map((r) => ({
      unit: { id: r.id, name: r.name },
      leaders: r.leaders,
      people: r.people,
      figures:
        r.people < COVERAGE_MIN_GROUP
          ? null
          : {
              goalInFocus: r.in_focus,
              inRhythm: r.in_rhythm,
              overdue: r.overdue,
              stalledCircles: r.stalled,
            },
    })),
  };
}
