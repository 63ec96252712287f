import { preparedStatement } from '../../server/db/prepared.js';
import { ledPeopleText } from '../../server/policy/nearest-leaders.js';
import { leadsUnitOrAboveText } from '../../server/policy/unit-leadership.js';
import { TIME_ZONE } from '../../shared/time.js';
import type { InquiryData } from '../inquiry/schema.js';
import type { Course, Initiative, InitiativeRelation, Participant, PlanLine } from './answers.js';

/** A participant as the statement gives it: id, person id, name, levels, proposal, goal, version. */
type ParticipantTuple = [
  string,
  string,
  string,
  Participant['currentLevel'],
  Participant['targetLevel'],
  string | null,
  Participant['proposalStatus'],
  string | null,
  number,
];
/** A course: id, person id and name, title, its three days, the four texts, followed up at, missing, version. */
type CourseTuple = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  boolean,
  number,
];
/** A plan line: id, kind, phase, text, formats, people, owner id and name, its days, done, version. */
type PlanLineTuple = [
  string,
  PlanLine['kind'],
  string,
  string,
  string[],
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  boolean,
  number,
];

export interface InitiativePageRow {
  id: string;
  title: string;
  status: Initiative['status'];
  unit: Initiative['unit'];
  owner: Initiative['owner'];
  caseKey: string | null;
  data: InquiryData;
  version: number;
  updatedAt: string;
  relation: InitiativeRelation;
  participantCount: number;
  participants: ParticipantTuple[];
  courses: CourseTuple[];
  frameItems: Initiative['frameItems'];
  planLines: PlanLineTuple[];
}

/** A timestamp as the wire's instant (what toInstant makes of it: UTC, milliseconds, Z). */
const instant = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/*
 * The initiative page is read by its owners and every participant, so it is one prepared
 * statement (ADR 0005) instead of nine queries: the initiative, the reader's relation to it and
 * the parts they may see, in the answer's own shape. The relation is initiativeAccess's rule
 * (access.ts) on the policy layer's texts: an owner — the leader who started it or a leader of its
 * unit or above — sees every participant and course; a participant sees their own; the nearest
 * leader of participants sees those they lead; anyone else gets no row (404). Reading others'
 * levels writes one 'initiative_levels.read' per participant, reader and Copenhagen day (the rule
 * of auditReadsOncePerDay) in the same statement, so the read and its audit rows commit together.
 * The lists come as arrays of values, not objects: PostgreSQL then writes no key of any row, which
 * saved about a tenth of the statement's cost for an owner's fifteen participants (docs/benchmarks.md,
 * issue 11); presentPage gives them the answer's shape.
 * $1 organisation, $2 the initiative, $3 the reader, $4 today in Copenhagen (YYYY-MM-DD).
 */
export const initiativePageStatement = preparedStatement<InitiativePageRow>(
  'competence_initiative_page',
  `with i as (
    select i.id, i.unit_id, u.name as unit_name, i.owner_id, o.name as owner_name, i.title, i.status,
      i.case_key, i.data, i.version, i.updated_at
    from competence_initiatives i
    join units u on u.org_id = i.org_id and u.id = i.unit_id
    left join people o on o.org_id = i.org_id and o.id = i.owner_id
    where i.org_id = $1::uuid and i.id = $2::uuid
  ),
  parts as (
    select ip.id, ip.person_id, p.name, ip.current_level, ip.target_level, ip.proposed_goal,
      ip.proposal_status, ip.goal_id, ip.version
    from competence_initiative_participants ip
    join people p on p.org_id = ip.org_id and p.id = ip.person_id
    where ip.org_id = $1::uuid and ip.initiative_id = $2::uuid
  ),
  led as (
    select person_id from parts where person_id in (${ledPeopleText('$1::uuid', '$3::uuid')})
  ),
  rel as (
    select case
      when i.owner_id = $3::uuid or ${leadsUnitOrAboveText('$1::uuid', '$3::uuid', '(select unit_id from i)')}
        then 'owner'
      when exists (select 1 from parts where person_id = $3::uuid) then 'participant'
      when exists (select 1 from led) then 'leader'
    end as relation
    from i
  ),
  -- Whose rows the reader sees (initiativeAccess's 'sees'): CASE, so an owner never walks the led.
  seen as (
    select parts.* from parts cross join rel
    where case when rel.relation = 'owner' then true
      when rel.relation is null then false
      else parts.person_id = $3::uuid or parts.person_id in (select person_id from led) end
  ),
  audit as (
    insert into audit_events (org_id, actor_id, action, entity_type, entity_id, subject_person_id)
    select $1::uuid, $3::uuid, 'initiative_levels.read', 'initiative', $2::uuid::text, s.person_id
    from (select distinct person_id from seen where person_id <> $3::uuid) s
    -- A lookup in the person's own audit rows of today (audit_org_subject_idx), as the overview's.
    where (
      select 1 from audit_events a
      where a.org_id = $1::uuid and a.subject_person_id = s.person_id
        and a.at >= ($4::date::timestamp at time zone '${TIME_ZONE}')
        and a.actor_id = $3::uuid and a.action = 'initiative_levels.read' and a.entity_type = 'initiative'
      limit 1) is null
  )
  select i.id, i.title, i.status, json_build_object('id', i.unit_id, 'name', i.unit_name) as unit,
    case when i.owner_id is not null and i.owner_name is not null
      then json_build_object('id', i.owner_id, 'name', i.owner_name) end as owner,
    i.case_key as "caseKey", i.data, i.version, ${instant('i.updated_at')} as "updatedAt", rel.relation,
    (select count(*)::int from parts) as "participantCount",
    coalesce((
      select json_agg(json_build_array(s.id, s.person_id, s.name, s.current_level, s.target_level, s.proposed_goal,
        s.proposal_status, s.goal_id, s.version) order by s.name, s.person_id)
      from seen s), '[]'::json) as participants,
    coalesce((
      select json_agg(json_build_array(c.id, c.person_id, p.name, c.title, c.course_on, c.before_on, c.follow_up_on,
        c.expectations, c.commitment, c.application, c.follow_up, ${instant('c.followed_up_at')},
        c.followed_up_at is null and c.follow_up_on < $4::date, c.version)
        order by c.course_on, p.name, c.id)
      from competence_courses c
      join people p on p.org_id = c.org_id and p.id = c.person_id
      where c.org_id = $1::uuid and c.initiative_id = $2::uuid
        and case when rel.relation = 'owner' then true
          else (c.person_id = $3::uuid and rel.relation = 'participant')
            or c.person_id in (select person_id from led) end), '[]'::json) as courses,
    coalesce((
      select json_agg(json_build_object('id', f.id, 'title', f.title, 'kind', f.kind) order by f.position, f.title)
      from competence_initiative_frame_items l
      join frame_items f on f.org_id = l.org_id and f.id = l.frame_item_id
      where l.org_id = $1::uuid and l.initiative_id = $2::uuid), '[]'::json) as "frameItems",
    coalesce((
      select json_agg(json_build_array(l.id, l.kind, l.phase, l.text, l.formats, l.people, l.owner_id, p.name,
        l.starts_on, l.ends_on, l.done_at is not null, l.version)
        order by l.starts_on, l.created_at, l.id)
      from competence_plan_lines l
      left join people p on p.org_id = l.org_id and p.id = l.owner_id
      where l.org_id = $1::uuid and l.initiative_id = $2::uuid), '[]'::json) as "planLines"
  from i cross join rel
  where rel.relation is not null`,
);

/** The page's lists in the answer's shape (keys in the order the answer has always had them). */
export function presentLists(row: InitiativePageRow): {
  participants: Participant[];
  courses: Course[];
  planLines: PlanLine[];
} {
  return {
    participants: row.participants.map(
      ([id, personId, name, currentLevel, targetLevel, proposedGoal, proposalStatus, goalId, version]) => ({
        id,
        person: { id: personId, name },
        currentLevel,
        targetLevel,
        proposedGoal,
        proposalStatus,
        goalId,
        version,
      }),
    ),
    courses: row.courses.map(
      ([
        id,
        personId,
        name,
        title,
        courseOn,
        beforeOn,
        followUpOn,
        expectations,
        commitment,
        application,
        followUp,
        followedUpAt,
        followUpMissing,
        version,
      ]) => ({
        id,
        person: { id: personId, name },
        title,
        courseOn,
        beforeOn,
        followUpOn,
        expectations,
        commitment,
        application,
        followUp,
        followedUpAt,
        followUpMissing,
        version,
      }),
    ),
    planLines: row.planLines.map(
      ([id, kind, phase, text, formats, people, ownerId, ownerName, startsOn, endsOn, done, version]) => ({
        id,
        kind,
        phase,
        text,
        formats,
        people,
        owner: ownerId !== null && ownerName !== null ? { id: ownerId, name: ownerName } : null,
        startsOn,
        endsOn,
        done,
        version,
      }),
    ),
  };
}
