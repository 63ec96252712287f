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
import { isAdmin, leadsAnyUnit, type Actor } from '../../../server/policy/actor.js';
import { unitWithAncestorsText } from '../../../server/policy/unit-tree.js';
import { teamsOfText } from '../../../server/policy/team-members.js';
import { leadsUnitOrAboveText } from '../../../server/policy/unit-leadership.js';
import type { Role, TeamKind, UnitKind } from '../../../shared/roles.js';
import type { UnitDetail } from '../answers.js';

interface UnitPageRow {
  id: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  externalId: string | null;
  version: number;
  path: { id: string; name: string }[];
  children: { id: string; name: string; kind: UnitKind; memberCount: number }[];
  members: {
    personId: string;
    name: string;
    jobTitle: string | null;
    role: Role;
    membershipId: string;
    active: boolean;
  }[];
  teams: { id: string; name: string; kind: TeamKind }[];
}

/** Where the unit page's statement finds its values: parameters, or the session_actor CTE. */
interface UnitPageValues {
  org: string;
  unit: string;
  admin: string;
  reader: string;
  leader: string;
}

/*
 * The unit page in one prepared statement: the unit, its path from the root, its sub-units with
 * their active members counted (as list-units.ts's memberCounts), its members (admins also see
 * deactivated ones: they still block deleting the unit) and the teams the reader may see (the
 * rule of policy/team-access.ts's visibleTeamsCondition: admins all, others the teams they are in,
 * leaders also the teams of the units they lead and below).
 * Each membership looks its person up by primary key (a scalar subquery, a LATERAL with LIMIT),
 * so the plan PostgreSQL keeps for the prepared statement never scans every person of the
 * organisation for a unit of twenty (it did: a hash join over all people, 0.4 ms per sub-unit).
 * The text is written once for both forms below; `from` places the unit in the final select.
 */
const unitPageText = (
  v: UnitPageValues,
  prefix: string,
  columns: string,
  from: (table: string, where: string) => string,
) => `${prefix}select ${columns}unit.id, unit.parent_id as "parentId", unit.name, unit.kind, unit.external_id as "externalId", unit.version,
    coalesce((
      select json_agg(json_build_object('id', up.id, 'name', up.name) order by up.depth desc)
      from (${unitWithAncestorsText(v.org, v.unit)}) up where up.depth > 0
    ), '[]'::json) as path,
    coalesce((
      select json_agg(json_build_object('id', c.id, 'name', c.name, 'kind', c.kind, 'memberCount', (
          select count(*)::int from memberships m
          where m.org_id = ${v.org} and m.unit_id = c.id
            and (select p.active from people p where p.org_id = ${v.org} and p.id = m.person_id)
        )) order by c.name, c.id)
      from units c where c.org_id = ${v.org} and c.parent_id = ${v.unit}
    ), '[]'::json) as children,
    coalesce((
      select json_agg(json_build_object('personId', p.id, 'name', p.name, 'jobTitle', p.job_title, 'role', m.role,
          'membershipId', m.id, 'active', p.active) order by p.name, p.id, m.role)
      from memberships m
      cross join lateral (
        select id, name, job_title, active from people where org_id = m.org_id and id = m.person_id limit 1
      ) p
      where m.org_id = ${v.org} and m.unit_id = ${v.unit} and (${v.admin} or p.active)
    ), '[]'::json) as members,
    coalesce((
      select json_agg(json_build_object('id', t.id, 'name', t.name, 'kind', t.kind) order by t.name, t.id)
      from teams t
      where t.org_id = ${v.org} and t.unit_id = ${v.unit} and (
        ${v.admin}
        or t.id in (${teamsOfText(v.org, v.reader)})
        -- The teams of a unit the reader leads, or of a unit below one they lead: they lead this
        -- unit or one above it.
        or (${v.leader} and ${leadsUnitOrAboveText(v.org, v.reader, v.unit)})
      )
    ), '[]'::json) as teams
  from ${from(`units unit`, `unit.org_id = ${v.org} and unit.id = ${v.unit}`)}`;

/**
 * The page for a known reader. $1 organisation, $2 the unit, $3 whether the reader is an admin,
 * $4 the reader, $5 whether they lead any unit. bench/bare-queries.ts runs this same text for the
 * benchmark's bare route.
 */
export const unitPageStatement = preparedStatement<UnitPageRow>(
  'org_unit_page',
  unitPageText(
    { org: '$1::uuid', unit: '$2::uuid', admin: '$3::boolean', reader: '$4::uuid', leader: '$5::boolean' },
    '',
    '',
    (table, where) => `${table} where ${where}`,
  ),
);

/**
 * The page with the session resolved in the same statement (ADR 0019): $1–$3 the session
 * (sessionActorCte), $4 the unit. Without a valid session one row of nulls; with one and no
 * such unit, the actor's columns only.
 */
const unitPageForSession = preparedStatement<UnitPageRow & SessionActorColumns>(
  'org_unit_page_session',
  unitPageText(
    {
      org: '(select org_id from session_actor)',
      unit: '$4::uuid',
      admin: 'coalesce((select admin from session_actor), false)',
      reader: '(select person_id from session_actor)',
      leader: 'coalesce((select leader from session_actor), false)',
    },
    `with ${sessionActorCte}\n  `,
    `${SESSION_ACTOR_COLUMNS},\n    `,
    (table, where) => `session_actor left join ${table} on ${where}`,
  ),
);

/** A unit with its path, sub-units, members and the teams the actor may see. */
export async function getUnit({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<UnitDetail> {
  const { db, actor } = ctx;
  const [row] = await unitPageStatement(db, [
    actor.orgId,
    input.id,
    isAdmin(actor),
    actor.personId,
    leadsAnyUnit(actor),
  ]);
  return unitDetail(actor, row);
}

/** GET /units/{id} in one round trip: the session is resolved by the page's statement. */
export async function getUnitForSession(c: Context<AppEnv>, input: { id: string }): Promise<UnitDetail> {
  const page = await pageForSession(c, (db, session) => unitPageForSession(db, [...session, input.id]));
  if (!page) return getUnit({ ctx: c.var.ctx as SignedInContext, input });
  return unitDetail(page.actor, page.row.id === null ? undefined : page.row);
}

function unitDetail(actor: Actor, row: UnitPageRow | undefined): UnitDetail {
  if (!row) throw notFound('No such unit');
  const admin = isAdmin(actor);
  const { id, parentId, name, kind, externalId, version, path, children, members, teams } = row;
  return {
    unit: { id, parentId, name, kind, externalId, version },
    path,
    children,
    members,
    teams,
    can: {
      update: admin,
      delete: admin && children.length === 0 && members.length === 0 && teams.length === 0,
    },
  };
}
