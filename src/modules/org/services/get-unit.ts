import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { preparedStatement } from '../../../server/db/prepared.js';
import { isAdmin } from '../../../server/policy/actor.js';
import { holdsAdminRoleText } from '../../../server/policy/admin-rights.js';
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

/*
 * The unit page in one prepared statement: the unit, its path from the root, its sub-units with
 * their active members counted (as list-units.ts's memberCounts), its members (admins also see
 * deactivated ones: they still block deleting the unit) and the teams the reader may see (the
 * rule of policy/team-access.ts's visibleTeamsCondition: admins all, others the teams they are in,
 * leaders also the teams of the units they lead and below).
 * Each membership looks its person up by primary key (a scalar subquery, a LATERAL with LIMIT),
 * so the plan PostgreSQL keeps for the prepared statement never scans every person of the
 * organisation for a unit of twenty (it did: a hash join over all people, 0.4 ms per sub-unit).
 * $1 organisation, $2 the unit, $3 the reader. Whether the reader is an admin is read from their
 * memberships in the statement, and the leaders' walk runs for every reader (it finds nothing for
 * one who leads no unit): passed in as true/false values, they made PostgreSQL's plans for
 * particular values cheaper than the one kept for all. That alone does not settle it: at 50,000
 * people PostgreSQL still prices a plan for the particular unit (a department has no sub-units to
 * count) below the generic one, and plans on every read (docs/benchmarks.md, 2026-12-06 afternoon).
 * bench/bare-queries.ts runs this same text for the benchmark's bare route.
 */
export const unitPageStatement = preparedStatement<UnitPageRow>(
  'org_unit_page',
  `select unit.id, unit.parent_id as "parentId", unit.name, unit.kind, unit.external_id as "externalId", unit.version,
    coalesce((
      select json_agg(json_build_object('id', up.id, 'name', up.name) order by up.depth desc)
      from (${unitWithAncestorsText('$1::uuid', '$2::uuid')}) up where up.depth > 0
    ), '[]'::json) as path,
    coalesce((
      select json_agg(json_build_object('id', c.id, 'name', c.name, 'kind', c.kind, 'memberCount', (
          select count(*)::int from memberships m
          where m.org_id = $1::uuid and m.unit_id = c.id
            and (select p.active from people p where p.org_id = $1::uuid and p.id = m.person_id)
        )) order by c.name, c.id)
      from units c where c.org_id = $1::uuid and c.parent_id = $2::uuid
    ), '[]'::json) as children,
    coalesce((
      select json_agg(json_build_object('personId', p.id, 'name', p.name, 'jobTitle', p.job_title, 'role', m.role,
          'membershipId', m.id, 'active', p.active) order by p.name, p.id, m.role)
      from memberships m
      cross join lateral (
        select id, name, job_title, active from people where org_id = m.org_id and id = m.person_id limit 1
      ) p
      where m.org_id = $1::uuid and m.unit_id = $2::uuid and (admin.yes or p.active)
    ), '[]'::json) as members,
    coalesce((
      select json_agg(json_build_object('id', t.id, 'name', t.name, 'kind', t.kind) order by t.name, t.id)
      from teams t
      where t.org_id = $1::uuid and t.unit_id = $2::uuid and (
        admin.yes
        or t.id in (${teamsOfText('$1::uuid', '$3::uuid')})
        -- The teams of a unit the reader leads, or of a unit below one they lead: they lead this
        -- unit or one above it.
        or ${leadsUnitOrAboveText('$1::uuid', '$3::uuid', '$2::uuid')}
      )
    ), '[]'::json) as teams
  from units unit
  cross join (select ${holdsAdminRoleText('$1::uuid', '$3::uuid')} as yes) admin
  where unit.org_id = $1::uuid and unit.id = $2::uuid`,
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
  const admin = isAdmin(actor);
  const [row] = await unitPageStatement(db, [actor.orgId, input.id, actor.personId]);
  if (!row) throw notFound('No such unit');
  const { path, children, members, teams, ...unit } = row;
  return {
    unit,
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
