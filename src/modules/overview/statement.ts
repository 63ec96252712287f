import { preparedStatement } from '../../server/db/prepared.js';
import { ledPeopleText } from '../../server/policy/nearest-leaders.js';
import { LED_ROLES, rolesText } from '../../server/policy/roles.js';
import { latestCircleText, type CircleStateRow } from '../inquiry/index.js';
import { TIME_ZONE } from '../../shared/time.js';

export interface OverviewRow {
  id: string;
  name: string;
  units: { id: string; name: string }[];
  goals: { id: string; title: string; circle: CircleStateRow | null }[];
  lastMs: number | null;
  nextMs: number | null;
  overdue: number;
  feedbackMs: number | null;
  cadenceWeeks: number | null;
}

const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

/*
 * The leader's overview is opened several times a day by every leader, so it is one prepared
 * statement instead of ten queries: the people the leader is nearest leader of (the inverse of
 * nearestLeaders, as policy/nearest-leaders.ts defines it) and, per person, the units, the goals in focus
 * with their latest learning circle (only its phases' done marks, not its text), the last held and
 * next planned 1:1, the overdue agreements, the last feedback and the pair's cadence.
 * What the overview shows is part of each person's development record, so reading it is audited:
 * one 'overview.read' row per person and leader and Copenhagen day (the first look that day),
 * written by the same statement, so the read and its audit rows commit together.
 * $1 organisation, $2 the leader, $3 now, $4 today in Copenhagen (YYYY-MM-DD).
 */
export const overviewStatement = preparedStatement<OverviewRow>(
  'overview_people',
  `with led as (${ledPeopleText('$1::uuid', '$2::uuid')}),
  audit as (
    insert into audit_events (org_id, actor_id, action, entity_type, entity_id, subject_person_id)
    select $1::uuid, $2::uuid, 'overview.read', 'overview', $2::uuid::text, l.person_id
    from (select distinct person_id from led where person_id <> $2::uuid) l
    -- A scalar subquery with LIMIT, so it stays a lookup in the person's own audit rows of today
    -- (audit_org_subject_idx) and never becomes a scan of the whole organisation's day.
    where (
      select 1 from audit_events a
      where a.org_id = $1::uuid and a.subject_person_id = l.person_id
        and a.at >= ($4::date::timestamp at time zone '${TIME_ZONE}')
        and a.actor_id = $2::uuid and a.action = 'overview.read'
      limit 1) is null
  )
  select p.id, p.name,
    coalesce((
      select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name, u.id)
      from (select distinct u.id, u.name from memberships m join units u on u.org_id = m.org_id and u.id = m.unit_id
            where m.org_id = $1::uuid and m.person_id = p.id and m.role in (${rolesText(LED_ROLES)})) u
    ), '[]'::json) as units,
    coalesce((
      select json_agg(json_build_object('id', g.id, 'title', g.title, 'circle', ${latestCircleText('$1::uuid', 'g.id')})
        order by g.created_at, g.id)
      from goals g
      where g.org_id = $1::uuid and g.subject_person_id = p.id and g.status = 'in_focus'
    ), '[]'::json) as goals,
    d.last_ms as "lastMs", d.next_ms as "nextMs",
    (select count(*)::int from agreements a
      where a.org_id = $1::uuid and a.subject_person_id = p.id and a.done_at is null and a.due_date < $4::date) as overdue,
    (select ${ms('max(f.created_at)')} from feedback f where f.org_id = $1::uuid and f.to_person_id = p.id) as "feedbackMs",
    (select c.interval_weeks from cadences c where c.org_id = $1::uuid and c.leader_id = $2::uuid and c.person_id = p.id) as "cadenceWeeks"
  from (select distinct person_id from led) l
  -- Each person by key (LIMIT keeps it a per-row lookup): a join the planner may turn into a scan
  -- of every person of the organisation, as the kept generic plan did (60 ms at 50,000 people).
  cross join lateral (select id, name from people where org_id = $1::uuid and id = l.person_id limit 1) p
  cross join lateral (
    select ${ms("max(c.starts_at) filter (where c.status = 'held')")} as last_ms,
      ${ms("min(c.starts_at) filter (where c.status = 'planned' and c.starts_at > $3::timestamptz)")} as next_ms
    from conversation_participants cp
    join conversations c on c.org_id = cp.org_id and c.id = cp.conversation_id
    where cp.org_id = $1::uuid and cp.person_id = p.id and cp.role = 'subject' and c.kind = 'one_to_one'
  ) d
  order by p.name, p.id`,
);
