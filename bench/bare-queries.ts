import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';
import { personPageStatement } from '../src/modules/org/services/get-person.js';
import { unitPageStatement } from '../src/modules/org/services/get-unit.js';
import { isAdmin, leadsAnyUnit, type Actor } from '../src/server/policy/actor.js';
import type { Role } from '../src/shared/roles.js';

/*
 * What GET /api/people/{id} and GET /api/units/{id} run, without the app around it: since the
 * pages became one prepared statement each, the bare server runs those very statements (imported,
 * not copied, so they cannot drift) through the same driver and pool, without the app's
 * middleware, session lookup, validation or policy layer, and shapes the answer the same way.
 */

export interface BareActor {
  personId: string;
  orgId: string;
  admin: boolean;
  leader: boolean;
  /** The whole actor, for the twins that call a module's service (bare-pages.ts). */
  actor: Actor;
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export async function actorFor(db: Db, personId: string): Promise<BareActor | null> {
  const found = await rows<{
    org_id: string;
    name: string;
    locale: Actor['locale'];
    unit_id: string;
    role: Role;
  }>(
    db,
    sql`select m.org_id, p.name, p.locale, m.unit_id, m.role from people p join memberships m on m.org_id = p.org_id and m.person_id = p.id where p.id = ${personId}`,
  );
  if (found.length === 0) return null;
  const memberships = found.map((r) => ({ unitId: r.unit_id, role: r.role }));
  const actor: Actor = {
    personId,
    orgId: found[0]!.org_id,
    name: found[0]!.name,
    locale: found[0]!.locale,
    memberships,
    sessionId: 'bench',
  };
  return { personId, orgId: actor.orgId, admin: isAdmin(actor), leader: leadsAnyUnit(actor), actor };
}

/**
 * policy/nearest-leaders.ts's nearestLeaders for one person as it was first written (a list of
 * placeholders, planned on every run), kept for the before/after figures in bench/proposals.ts.
 */
export const nearestLeadersSql = (orgId: string, id: string) => sql`with recursive starts as (
    select m.person_id,
      case when exists (
        select 1 from memberships own
        where own.org_id = m.org_id and own.unit_id = m.unit_id and own.person_id = m.person_id and own.role = 'leader'
      ) then u.parent_id else m.unit_id end as unit_id
    from memberships m
    join units u on u.org_id = m.org_id and u.id = m.unit_id
    where m.org_id = ${orgId} and m.person_id in (${id}) and m.role in ('employee', 'resource_person', 'leader')
  ),
  walk(person_id, unit_id) as (
    select person_id, unit_id from starts where unit_id is not null
    union
    select w.person_id, u.parent_id
    from walk w
    join units u on u.org_id = ${orgId} and u.id = w.unit_id
    where u.parent_id is not null and not exists (
      select 1 from memberships l
      join people lp on lp.org_id = l.org_id and lp.id = l.person_id and lp.active
      where l.org_id = ${orgId} and l.unit_id = w.unit_id and l.role = 'leader' and l.person_id <> w.person_id)
  )
  select distinct p.id, p.name
  from walk w
  join memberships l on l.org_id = ${orgId} and l.unit_id = w.unit_id and l.role = 'leader' and l.person_id <> w.person_id
  join people p on p.org_id = ${orgId} and p.id = l.person_id and p.active
  order by p.name, p.id`;

export async function barePerson(db: Db, actor: BareActor, id: string) {
  // No session to check (null): the bare route names its reader.
  const [row] = await personPageStatement(db, [
    actor.orgId,
    id,
    actor.personId,
    null,
    new Date().toISOString(),
  ]);
  if (!row || !row.relation || !row.memberships || !row.teams) return null;
  return {
    person: {
      id: row.id,
      name: row.name,
      email: row.email,
      employeeNumber: row.employeeNumber,
      jobTitle: row.jobTitle,
      locale: row.locale,
      active: row.active,
      version: row.version,
      lastSignInAt: row.lastSignInMs === null ? null : new Date(row.lastSignInMs).toISOString(),
      hasPassword: row.hasPassword,
    },
    memberships: row.memberships,
    nearestLeaders: row.leaders,
    teams: row.teams,
    relation: row.relation,
    can: {
      update: actor.admin,
      manageRoles: actor.admin,
      invite: actor.admin && row.active && Boolean(row.email),
    },
  };
}

export async function bareUnit(db: Db, actor: BareActor, id: string) {
  const [row] = await unitPageStatement(db, [actor.orgId, id, actor.personId]);
  if (!row) return null;
  const { path, children, members, teams, ...unit } = row;
  return {
    unit,
    path,
    children,
    members,
    teams,
    can: {
      update: actor.admin,
      delete: actor.admin && children.length === 0 && members.length === 0 && teams.length === 0,
    },
  };
}
