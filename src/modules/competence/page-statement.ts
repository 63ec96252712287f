import { tablesVersionsText } from '../../server/db/data-versions.js';
import type { WatchedTable } from '../../server/db/data-versions-schema.js';
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

/** The initiative as every reader's page shows it, with every participant and course. */
export interface InitiativeWholeRow {
  id: string;
  title: string;
  status: Initiative['status'];
  unit: Initiative['unit'];
  owner: Initiative['owner'];
  caseKey: string | null;
  data: InquiryData;
  version: number;
  updatedAt: string;
  participants: ParticipantTuple[];
  courses: CourseTuple[];
  frameItems: Initiative['frameItems'];
  planLines: PlanLineTuple[];
}

/** The reader's relation, whose rows they see (null: every row, for an owner), and the page's counters. */
export interface InitiativeReaderRow {
  relation: InitiativeRelation;
  seen: string[] | null;
  versions: string;
}

/** A timestamp as the wire's instant (what toInstant makes of it: UTC, milliseconds, Z). */
const instant = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The tables the whole page is read from: their counters key the kept page (get-initiative.ts). */
export const INITIATIVE_PAGE_TABLES = [
  'competence_courses',
  'competence_initiative_frame_items',
  'competence_initiative_participants',
  'competence_initiatives',
  'competence_plan_lines',
  'frame_items',
  'people',
  'units',
] as const satisfies readonly WatchedTable[];

/*
 * The initiative page is read by its owners and every participant, so it is two prepared
 * statements (ADR 0005) and a page kept between writes (ADR 0022). The reader's statement decides,
 * on every request, the reader's relation to the initiative — initiativeAccess's rule (access.ts)
 * on the policy layer's texts: an owner (the leader who started it or a leader of its unit or
 * above) sees every participant and course, a participant their own, the nearest leader of
 * participants those they lead, anyone else gets no row (404) — whose rows they see, and the
 * page's counters. Reading others' levels writes one 'initiative_levels.read' per participant,
 * reader and Copenhagen day (the rule of auditReadsOncePerDay) in the same statement, so the
 * decision and its audit rows commit together. The whole page, the same for every reader, is read
 * by the second statement only when its counters moved; get-initiative.ts keeps it and gives each
 * reader the rows they see.
 * $1 organisation, $2 the initiative, $3 the reader, $4 today in Copenhagen (YYYY-MM-DD).
 */
export const initiativeReaderStatement = preparedStatement<InitiativeReaderRow>(
  'competence_initiative_reader',
  `with i as (
    select unit_id, owner_id from competence_initiatives where org_id = $1::uuid and id = $2::uuid
  ),
  parts as (
    select person_id from competence_initiative_participants where org_id = $1::uuid and initiative_id = $2::uuid
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
    select parts.person_id from parts cross join rel
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
  select rel.relation,
    case when rel.relation <> 'owner' then coalesce((select array_agg(person_id) from seen), '{}') end as seen,
    ${tablesVersionsText('$1::uuid', INITIATIVE_PAGE_TABLES)} as versions
  from rel
  where rel.relation is not null`,
);

/*
 * The whole page, for every reader alike: the initiative, all its participants and courses, its
 * frame items and plan lines. The lists come as arrays of values, not objects: PostgreSQL then
 * writes no key of any row, which saved about a tenth of the statement's cost for fifteen
 * participants (docs/benchmarks.md, issue 11); presentLists gives them the answer's shape.
 * $1 organisation, $2 the initiative, $3 today in Copenhagen (a course's follow-up is missing after it).
 */
export const initiativeWholeStatement = preparedStatement<InitiativeWholeRow>(
  'competence_initiative_whole',
  `select i.id, i.title, i.status, json_build_object('id', i.unit_id, 'name', u.name) as unit,
    case when i.owner_id is not null and o.name is not null
      then json_build_object('id', i.owner_id, 'name', o.name) end as owner,
    i.case_key as "caseKey", i.data, i.version, ${instant('i.updated_at')} as "updatedAt",
    coalesce((
      select json_agg(json_build_array(ip.id, ip.person_id, p.name, ip.current_level, ip.target_level,
        ip.proposed_goal, ip.proposal_status, ip.goal_id, ip.version) order by p.name, ip.person_id)
      from competence_initiative_participants ip
      join people p on p.org_id = ip.org_id and p.id = ip.person_id
      where ip.org_id = $1::uuid and ip.initiative_id = $2::uuid), '[]'::json) as participants,
    coalesce((
      select json_agg(json_build_array(c.id, c.person_id, p.name, c.title, c.course_on, c.before_on, c.follow_up_on,
        c.expectations, c.commitment, c.application, c.follow_up, ${instant('c.followed_up_at')},
        c.followed_up_at is null and c.follow_up_on < $3::date, c.version)
        order by c.course_on, p.name, c.id)
      from competence_courses c
      join people p on p.org_id = c.org_id and p.id = c.person_id
      where c.org_id = $1::uuid and c.initiative_id = $2::uuid), '[]'::json) as courses,
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
  from competence_initiatives i
  join units u on u.org_id = i.org_id and u.id = i.unit_id
  left join people o on o.org_id = i.org_id and o.id = i.owner_id
  where i.org_id = $1::uuid and i.id = $2::uuid`,
);

/** The page's lists in the answer's shape (keys in the order the answer has always had them). */
export function presentLists(row: InitiativeWholeRow): {
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
