import type { SignedInContext } from '../../../server/http/context.js';
import { notFound, ServiceError } from '../../../server/http/errors.js';
import { preparedStatement } from '../../../server/db/prepared.js';
import { nearestLeadersText, type PersonRef } from '../../../server/policy/nearest-leaders.js';
import { holdsAdminRoleText } from '../../../server/policy/admin-rights.js';
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
  /** Whether the reader's session is alive (always, for one looked up this request). */
  signedIn: boolean;
  /** Whether the reader holds an admin role (HR, org admin), as their memberships are now. */
  admin: boolean;
  leaders: PersonRef[];
  memberships: { id: string; unitId: string; unitName: string; role: Role }[] | null;
  teams: { id: string; name: string; kind: TeamKind }[] | null;
}

/*
 * The person page is the most read page, so it is one prepared statement: the record, the
 * nearest leaders, the reader's relation (the rule of relationFrom: self, a nearest leader, or an
 * admin — read from the reader's memberships here), the audit row for a read of someone else's
 * record, and the memberships and teams. The audit insert is a data-modifying CTE of the same
 * statement, so the read and its audit row commit together or not at all. Memberships and teams
 * are only read for a reader with a relation.
 * A reader whose session the process remembers (ADR 0024) has it checked here, in the snapshot of
 * the page: it exists, has not expired, and its person is active and was not deactivated after it
 * began — what the session lookup asks. A session that fails gives no relation and writes no audit
 * row. $4 is null for a session looked up this request.
 * $1 organisation, $2 the person, $3 the reader, $4 the reader's session id or null, $5 the
 * request's time. bench/bare-queries.ts runs this same text for the benchmark's bare route.
 */
export const personPageStatement = preparedStatement<PersonPageRow>(
  'org_person_page',
  `with person as (
    select id, name, email, employee_number, job_title, locale, active, version,
      (extract(epoch from last_sign_in_at) * 1000)::float8 as last_sign_in_ms, password_hash is not null as has_password
    from people where org_id = $1::uuid and id = $2::uuid
  ),
  reader as (
    select $4::text is null or exists (
      select 1 from sessions s join people p on p.org_id = s.org_id and p.id = s.person_id
      where s.id = $4::text and s.org_id = $1::uuid and s.person_id = $3::uuid and s.expires_at > $5::timestamptz
        and p.active and (p.deactivated_at is null or s.created_at > p.deactivated_at)
    ) as signed_in,
    ${holdsAdminRoleText('$1::uuid', '$3::uuid')} as admin
  ),
  leaders as (${nearestLeadersText('$1::uuid', 'array[$2::uuid]')}),
  rel as (
    select case
      when not reader.signed_in then null
      when person.id = $3::uuid then 'self'
      when exists (select 1 from leaders where leader_id = $3::uuid) then 'leader'
      when reader.admin then 'admin'
    end as relation
    from person cross join reader
  ),
  audit as (
    insert into audit_events (org_id, actor_id, action, entity_type, entity_id, subject_person_id, details)
    select $1::uuid, $3::uuid, 'person.read', 'person', $2::uuid::text, $2::uuid, jsonb_build_object('relation', rel.relation)
    from rel where rel.relation in ('leader', 'admin')
  )
  select person.id, person.name, person.email, person.employee_number as "employeeNumber", person.job_title as "jobTitle",
    person.locale, person.active, person.version, person.last_sign_in_ms as "lastSignInMs", person.has_password as "hasPassword",
    rel.relation, reader.signed_in as "signedIn", reader.admin,
    coalesce((select json_agg(json_build_object('id', leader_id, 'name', leader_name) order by leader_name, leader_id)
      from leaders), '[]'::json) as leaders,
    case when rel.relation is not null then coalesce((
      select json_agg(json_build_object('id', m.id, 'unitId', m.unit_id, 'unitName', u.name, 'role', m.role) order by u.name, m.role)
      from memberships m join units u on u.org_id = m.org_id and u.id = m.unit_id
      where m.org_id = $1::uuid and m.person_id = $2::uuid), '[]'::json) end as memberships,
    case when rel.relation is not null then coalesce((
      select json_agg(json_build_object('id', t.id, 'name', t.name, 'kind', t.kind) order by t.name)
      from teams t where t.org_id = $1::uuid and t.id in (${teamsOfText('$1::uuid', '$2::uuid')})), '[]'::json) end as teams
  from person cross join rel cross join reader`,
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
  const run = (session: string | null) =>
    personPageStatement(db, [actor.orgId, input.id, actor.personId, session, ctx.now().toISOString()]);
  const [row] = await run(ctx.sessionUnchecked ? actor.sessionId : null);
  // A remembered session the statement did not find alive, or that found no one (404 or 401?):
  // looked up as on every other route.
  if (ctx.sessionUnchecked && (!row || !row.signedIn)) {
    const checked = await ctx.checkSession?.();
    if (!checked) throw new ServiceError('UNAUTHENTICATED', 'Sign in first');
    if (row) return getPerson({ ctx: { ...ctx, actor: checked, sessionUnchecked: false }, input });
  }
  if (!row) throw notFound('No such person');
  // The reader's admin right as the database has it now (the remembered memberships may be older).
  const admin = row.admin;
  const relation = relationFrom(actor, row.id, row.leaders, admin);
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
