import type { Context } from 'hono';
import type { AppEnv, SignedInContext } from '../../../server/http/context.js';
import {
  pageForSession,
  SESSION_ACTOR_COLUMNS,
  sessionActorCte,
  type SessionActorColumns,
} from '../../../server/http/session-actor.js';
import { notFound } from '../../../server/http/errors.js';
import { preparedStatement } from '../../../server/db/prepared.js';
import { isAdmin, type Actor } from '../../../server/policy/actor.js';
import { nearestLeadersText, type PersonRef } from '../../../server/policy/nearest-leaders.js';
import { teamsOfText } from '../../../server/policy/team-members.js';
import { relationFrom, type PersonRelation } from '../../../server/policy/person-access.js';
import type { Locale, Role, TeamKind } from '../../../shared/roles.js';
import { presentPerson } from '../records.js';
import type { PersonRecord } from '../answers.js';

interface PersonPageRow {
  id: string;
  name: string;
  email: string | null;
  employeeNumber: string | null;
  jobTitle: string | null;
  locale: Locale;
  active: boolean;
  version: number;
  lastSignInMs: number | null;
  hasPassword: boolean;
  relation: PersonRelation | null;
  leaders: PersonRef[];
  memberships: { id: string; unitId: string; unitName: string; role: Role }[] | null;
  teams: { id: string; name: string; kind: TeamKind }[] | null;
}

/** Where the person page's statement finds its values: parameters, or the session_actor CTE. */
interface PersonPageValues {
  org: string;
  person: string;
  reader: string;
  admin: string;
}

/*
 * The person page is the most read page, so it is one prepared statement: the record, the
 * nearest leaders, the reader's relation (the rule of relationFrom: self, a nearest leader, or an
 * admin), the audit row for a read of someone else's record, and the memberships and teams.
 * The audit insert is a data-modifying CTE of the same statement, so the read and its audit row
 * commit together or not at all. Memberships and teams are only read for a reader with a relation.
 * The text is written once for both forms below; `from` is what the final select reads from.
 */
const personPageText = (
  v: PersonPageValues,
  prefix: string,
  columns: string,
  from: (page: string) => string,
) =>
  `with ${prefix}person as (
    select id, name, email, employee_number, job_title, locale, active, version,
      (extract(epoch from last_sign_in_at) * 1000)::float8 as last_sign_in_ms, password_hash is not null as has_password
    from people where org_id = ${v.org} and id = ${v.person}
  ),
  leaders as (${nearestLeadersText(v.org, `array[${v.person}]`)}),
  rel as (
    select case
      when person.id = ${v.reader} then 'self'
      when exists (select 1 from leaders where leader_id = ${v.reader}) then 'leader'
      when ${v.admin} then 'admin'
    end as relation
    from person
  ),
  audit as (
    insert into audit_events (org_id, actor_id, action, entity_type, entity_id, subject_person_id, details)
    select ${v.org}, ${v.reader}, 'person.read', 'person', ${v.person}::text, ${v.person}, jsonb_build_object('relation', rel.relation)
    from rel where rel.relation in ('leader', 'admin')
  )
  select ${columns}person.id, person.name, person.email, person.employee_number as "employeeNumber", person.job_title as "jobTitle",
    person.locale, person.active, person.version, person.last_sign_in_ms as "lastSignInMs", person.has_password as "hasPassword",
    rel.relation,
    coalesce((select json_agg(json_build_object('id', leader_id, 'name', leader_name) order by leader_name, leader_id)
      from leaders), '[]'::json) as leaders,
    case when rel.relation is not null then coalesce((
      select json_agg(json_build_object('id', m.id, 'unitId', m.unit_id, 'unitName', u.name, 'role', m.role) order by u.name, m.role)
      from memberships m join units u on u.org_id = m.org_id and u.id = m.unit_id
      where m.org_id = ${v.org} and m.person_id = ${v.person}), '[]'::json) end as memberships,
    case when rel.relation is not null then coalesce((
      select json_agg(json_build_object('id', t.id, 'name', t.name, 'kind', t.kind) order by t.name)
      from teams t where t.org_id = ${v.org} and t.id in (${teamsOfText(v.org, v.person)})), '[]'::json) end as teams
  from ${from('person cross join rel')}`;

/**
 * The page for a known reader. $1 organisation, $2 the person, $3 the reader, $4 whether the
 * reader is HR or an org admin. bench/bare-queries.ts runs this same text for the benchmark's bare route.
 */
export const personPageStatement = preparedStatement<PersonPageRow>(
  'org_person_page',
  personPageText(
    { org: '$1::uuid', person: '$2::uuid', reader: '$3::uuid', admin: '$4::boolean' },
    '',
    '',
    (page) => page,
  ),
);

/**
 * The page with the session resolved in the same statement (ADR 0019): $1–$3 the session
 * (sessionActorCte), $4 the person. Without a valid session it answers one row of nulls
 * and reads and audits nothing; with one and no such person, the actor's columns only.
 */
const personPageForSession = preparedStatement<PersonPageRow & SessionActorColumns>(
  'org_person_page_session',
  personPageText(
    {
      org: '(select org_id from session_actor)',
      person: '$4::uuid',
      reader: '(select person_id from session_actor)',
      admin: 'coalesce((select admin from session_actor), false)',
    },
    `${sessionActorCte},\n  `,
    `${SESSION_ACTOR_COLUMNS},\n    `,
    (page) => `session_actor left join (${page}) on true`,
  ),
);

/**
 * A person's record for themselves, their nearest leader(s) and admins; 404 for anyone else.
 * Reading someone else's record is audited, so the person can see who looked.
 */
export async function getPerson({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<PersonRecord> {
  const { db, actor } = ctx;
  const [row] = await personPageStatement(db, [actor.orgId, input.id, actor.personId, isAdmin(actor)]);
  return personRecord(actor, row);
}

/** GET /people/{id} in one round trip: the session is resolved by the page's statement. */
export async function getPersonForSession(c: Context<AppEnv>, input: { id: string }): Promise<PersonRecord> {
  const page = await pageForSession(c, (db, session) => personPageForSession(db, [...session, input.id]));
  if (!page) return getPerson({ ctx: c.var.ctx as SignedInContext, input });
  return personRecord(page.actor, page.row.id === null ? undefined : page.row);
}

function personRecord(actor: Actor, row: PersonPageRow | undefined): PersonRecord {
  if (!row) throw notFound('No such person');
  const admin = isAdmin(actor);
  const relation = relationFrom(actor, row.id, row.leaders);
  // The statement decided whether to write the audit row by the same rule; they must agree.
  if (relation !== row.relation)
    throw new Error(`person page: relation ${row.relation} in SQL, ${relation} by policy`);
  if (!relation || !row.memberships || !row.teams) throw notFound('No such person');
  const person = presentPerson({
    ...row,
    lastSignInAt: row.lastSignInMs === null ? null : new Date(row.lastSignInMs),
  });
  return {
    person,
    memberships: row.memberships,
    nearestLeaders: row.leaders,
    teams: row.teams,
    relation,
    can: { update: admin, manageRoles: admin, invite: admin && person.active && Boolean(person.email) },
  };
}
