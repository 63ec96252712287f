import { preparedStatement } from '../../server/db/prepared.js';
import { nearestLeadersText } from '../../server/policy/nearest-leaders.js';
import { latestCircleText, type CircleStateRow } from '../inquiry/index.js';
import type { ConversationAccess, Participant } from './records.js';
import type { AgendaSection } from './constants.js';

/*
 * The 1:1 is read by both participants before, during and after every conversation, so its page
 * is two prepared statements instead of sixteen queries (docs/benchmarks.md): who takes part and
 * how the actor stands to it, then everything the participants share. Both are fixed texts with
 * $n parameters, planned once per connection (src/server/db/prepared.ts).
 */

const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

export interface OneToOneAccessRow {
  id: string;
  orgId: string;
  kind: 'one_to_one';
  teamId: string | null;
  startsMs: number;
  durationMinutes: number;
  location: string | null;
  status: 'planned' | 'held' | 'cancelled';
  sharedNotes: string;
  summary: string;
  calendarUid: string;
  calendarSequence: number;
  createdBy: string | null;
  version: number;
  heldMs: number | null;
  createdMs: number;
  updatedMs: number;
  leader: Participant | null;
  subject: Participant | null;
  access: ConversationAccess | null;
}

const accessText = (lock: boolean) => `with conv as (
    select * from conversations where org_id = $1::uuid and id = $2::uuid and kind = 'one_to_one'${lock ? ' for update' : ''}
  ),
  parts as (
    select cp.role, json_build_object('id', p.id, 'name', p.name, 'email', p.email, 'locale', p.locale) as person, p.id as person_id
    from conversation_participants cp
    join people p on p.org_id = cp.org_id and p.id = cp.person_id
    where cp.org_id = $1::uuid and cp.conversation_id = $2::uuid and cp.role in ('leader', 'subject')
  ),
  subject_leaders as (${nearestLeadersText('$1::uuid', "(select array_agg(person_id) from parts where role = 'subject')::uuid[]")})
  select c.id, c.org_id as "orgId", c.kind, c.team_id as "teamId", ${ms('c.starts_at')} as "startsMs",
    c.duration_minutes as "durationMinutes", c.location, c.status, c.shared_notes as "sharedNotes", c.summary,
    c.calendar_uid as "calendarUid", c.calendar_sequence as "calendarSequence", c.created_by as "createdBy", c.version,
    ${ms('c.held_at')} as "heldMs", ${ms('c.created_at')} as "createdMs", ${ms('c.updated_at')} as "updatedMs",
    (select person from parts where role = 'leader' limit 1) as leader,
    (select person from parts where role = 'subject' limit 1) as subject,
    case
      when exists (select 1 from parts where role = 'leader' and person_id = $3::uuid) then 'leader'
      when exists (select 1 from parts where role = 'subject' and person_id = $3::uuid) then 'subject'
      when $4::boolean and exists (select 1 from subject_leaders where leader_id = $3::uuid) then 'observer'
    end as access
  from conv c`;

/**
 * The 1:1, its leader and subject, and the actor's access: 'leader' or 'subject' for the two
 * participants, 'observer' for another nearest leader of the subject (the rule of
 * loadReadableConversation), null for anyone else.
 * $1 organisation, $2 the conversation, $3 the actor, $4 whether the actor leads any unit.
 */
export const oneToOneAccessStatement = preparedStatement<OneToOneAccessRow>(
  'conversation_one_to_one_access',
  accessText(false),
);
/** The same with the conversation's row locked, inside a transaction that changes it. */
export const oneToOneAccessForUpdateStatement = preparedStatement<OneToOneAccessRow>(
  'conversation_one_to_one_access_lock',
  accessText(true),
);

interface AgreementJson {
  id: string;
  conversationId: string | null;
  text: string;
  ownerId: string;
  ownerName: string | null;
  dueDate: string | null;
  doneMs: number | null;
  createdMs: number;
}

export interface OneToOneViewRow {
  agenda: {
    id: string;
    section: AgendaSection;
    text: string;
    done: boolean;
    authorId: string | null;
    authorName: string | null;
    createdMs: number;
  }[];
  agreements: AgreementJson[];
  previous: { id: string; startsMs: number } | null;
  previousAgreements: AgreementJson[];
  goals: { id: string; title: string; circle: CircleStateRow | null }[];
  note: { sealed: string | null; keyVersion: number | null; text: string | null; updatedMs: number } | null;
  intervalWeeks: number | null;
  latestMs: number | null;
  nextPlanned: { id: string; startsMs: number } | null;
}

const agreementsOf = (conversation: string) => `coalesce((
    select json_agg(json_build_object('id', a.id, 'conversationId', a.conversation_id, 'text', a.text, 'ownerId', a.owner_id,
        'ownerName', o.name, 'dueDate', a.due_date, 'doneMs', ${ms('a.done_at')}, 'createdMs', ${ms('a.created_at')})
      order by a.created_at, a.id)
    from agreements a
    left join people o on o.org_id = a.org_id and o.id = a.owner_id
    where a.org_id = $1::uuid and a.conversation_id = ${conversation}), '[]'::json)`;

/**
 * What both participants of a 1:1 share, and the actor's own private note: the agenda, the
 * agreements, the pair's previous 1:1 and its agreements (last time's, followed up first), the
 * subject's goals in focus with their latest circle, and the pair's cadence (interval, latest 1:1,
 * next planned). The note is only ever the actor's: the query filters by its author.
 * $1 organisation, $2 the conversation, $3 its leader, $4 its subject, $5 its start, $6 the actor,
 * $7 whether to read the actor's private note, $8 now.
 */
export const oneToOneViewStatement = preparedStatement<OneToOneViewRow>(
  'conversation_one_to_one_view',
  `with pair as (
    select c.id, c.starts_at, c.status from conversations c
    join conversation_participants s on s.org_id = c.org_id and s.conversation_id = c.id and s.role = 'subject' and s.person_id = $4::uuid
    join conversation_participants l on l.org_id = c.org_id and l.conversation_id = c.id and l.role = 'leader' and l.person_id = $3::uuid
    where c.org_id = $1::uuid and c.kind = 'one_to_one' and c.status <> 'cancelled'
  ),
  previous as (
    select id, starts_at from pair where id <> $2::uuid and starts_at < $5::timestamptz order by starts_at desc, id desc limit 1
  )
  select
    coalesce((
      select json_agg(json_build_object('id', ai.id, 'section', ai.section, 'text', ai.text, 'done', ai.done,
          'authorId', ai.author_id, 'authorName', au.name, 'createdMs', ${ms('ai.created_at')})
        order by ai.created_at, ai.id)
      from agenda_items ai
      left join people au on au.org_id = ai.org_id and au.id = ai.author_id
      where ai.org_id = $1::uuid and ai.conversation_id = $2::uuid), '[]'::json) as agenda,
    ${agreementsOf('$2::uuid')} as agreements,
    (select json_build_object('id', id, 'startsMs', ${ms('starts_at')}) from previous) as previous,
    ${agreementsOf('(select id from previous)')} as "previousAgreements",
    coalesce((
      select json_agg(json_build_object('id', g.id, 'title', g.title, 'circle', ${latestCircleText('$1::uuid', 'g.id')})
        order by g.created_at, g.id)
      from goals g
      where g.org_id = $1::uuid and g.subject_person_id = $4::uuid and g.status = 'in_focus'), '[]'::json) as goals,
    (select json_build_object('sealed', n.sealed, 'keyVersion', n.key_version, 'text', n.text, 'updatedMs', ${ms('n.updated_at')}) from private_notes n
      where $7::boolean and n.org_id = $1::uuid and n.conversation_id = $2::uuid and n.author_id = $6::uuid) as note,
    (select interval_weeks from cadences where org_id = $1::uuid and leader_id = $3::uuid and person_id = $4::uuid) as "intervalWeeks",
    (select ${ms('max(starts_at)')} from pair) as "latestMs",
    (select json_build_object('id', id, 'startsMs', ${ms('starts_at')}) from pair
      where status = 'planned' and starts_at > $8::timestamptz order by starts_at, id limit 1) as "nextPlanned"`,
);
