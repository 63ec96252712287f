import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';

/*
 * The SQL that GET /api/people/{id} and GET /api/units/{id} run, copied from
 * src/modules/org/services/{get-person,get-unit}.ts and src/server/policy/{relationships,
 * team-access}.ts and list-units.ts's memberCounts (as of commit 87dc190), as plain text: the bare server runs the same
 * statements through the same driver and pool, without the app's middleware, validation, query
 * builder or policy layer. Keep in step with those files when they change.
 */

export interface BareActor {
  personId: string;
  orgId: string;
  admin: boolean;
  leader: boolean;
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const hasLeaderOtherThan = (orgId: string, unitCol: SQL, personCol: SQL) => sql`exists (
  select 1 from memberships l
  join people lp on lp.org_id = l.org_id and lp.id = l.person_id and lp.active
  where l.org_id = ${orgId} and l.unit_id = ${unitCol} and l.role = 'leader' and l.person_id <> ${personCol})`;

export async function actorFor(db: Db, personId: string): Promise<BareActor | null> {
  const found = await rows<{ org_id: string; role: string }>(
    db,
    sql`select m.org_id, m.role from people p join memberships m on m.org_id = p.org_id and m.person_id = p.id where p.id = ${personId}`,
  );
  if (found.length === 0) return null;
  return {
    personId,
    orgId: found[0]!.org_id,
    admin: found.some((r) => r.role === 'hr' || r.role === 'org_admin'),
    leader: found.some((r) => r.role === 'leader'),
  };
}

/** relationships.ts's nearestLeaders for one person. */
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
    where u.parent_id is not null and not ${hasLeaderOtherThan(orgId, sql`w.unit_id`, sql`w.person_id`)}
  )
  select distinct p.id, p.name
  from walk w
  join memberships l on l.org_id = ${orgId} and l.unit_id = w.unit_id and l.role = 'leader' and l.person_id <> w.person_id
  join people p on p.org_id = ${orgId} and p.id = l.person_id and p.active
  order by p.name, p.id`;

export async function barePerson(db: Db, actor: BareActor, id: string) {
  const orgId = actor.orgId;
  const [person] = await rows<
    Record<string, unknown> & { id: string; active: boolean; email: string | null }
  >(
    db,
    sql`select id, name, email, employee_number as "employeeNumber", job_title as "jobTitle", locale, active, version,
      last_sign_in_at as "lastSignInAt", (password_hash is not null) as "hasPassword"
      from people where org_id = ${orgId} and id = ${id} limit 1`,
  );
  if (!person) return null;
  const leaders = await rows<{ id: string; name: string }>(db, nearestLeadersSql(orgId, id));
  const relation =
    actor.personId === id
      ? 'self'
      : leaders.some((l) => l.id === actor.personId)
        ? 'leader'
        : actor.admin
          ? 'admin'
          : null;
  if (!relation) return null;
  if (relation !== 'self') {
    await db.execute(
      sql`insert into audit_events (org_id, actor_id, action, entity_type, entity_id, subject_person_id, details)
        values (${orgId}, ${actor.personId}, 'person.read', 'person', ${id}, ${id}, ${JSON.stringify({ relation })}::jsonb)`,
    );
  }
  const [memberships, teams] = await Promise.all([
    rows(
      db,
      sql`select m.id, m.unit_id as "unitId", u.name as "unitName", m.role from memberships m
        join units u on u.org_id = m.org_id and u.id = m.unit_id
        where m.org_id = ${orgId} and m.person_id = ${id} order by u.name asc, m.role asc`,
    ),
    rows(
      db,
      sql`select t.id, t.name, t.kind from team_members tm
        join teams t on t.org_id = tm.org_id and t.id = tm.team_id
        where tm.org_id = ${orgId} and tm.person_id = ${id} order by t.name asc`,
    ),
  ]);
  return {
    person,
    memberships,
    nearestLeaders: leaders,
    teams,
    relation,
    can: {
      update: actor.admin,
      manageRoles: actor.admin,
      invite: actor.admin && person.active && Boolean(person.email),
    },
  };
}

export async function bareUnit(db: Db, actor: BareActor, id: string) {
  const orgId = actor.orgId;
  const [unit] = await rows<{ id: string }>(
    db,
    sql`select id, parent_id as "parentId", name, kind, external_id as "externalId", version
      from units where org_id = ${orgId} and id = ${id} limit 1`,
  );
  if (!unit) return null;
  const chain = await rows<{ id: string; name: string }>(
    db,
    sql`with recursive up(id, name, parent_id, depth) as (
      select id, name, parent_id, 0 from units where org_id = ${orgId} and id = ${id}
      union all
      select u.id, u.name, u.parent_id, up.depth + 1
      from up join units u on u.org_id = ${orgId} and u.id = up.parent_id
      where up.depth < 1000
    )
    select id, name, parent_id, depth from up order by depth`,
  );
  const children = await rows(
    db,
    sql`select units.id, units.name, units.kind, coalesce(member_counts.n, 0)::int as "memberCount"
      from units
      left join (
        select m.unit_id, count(*)::int as n
        from memberships m
        where m.org_id = ${orgId}
          and m.unit_id in (select c.id from units c where c.org_id = ${orgId} and c.parent_id = ${id})
          and exists (select 1 from people p where p.org_id = ${orgId} and p.id = m.person_id and p.active)
        group by m.unit_id
      ) member_counts on member_counts.unit_id = units.id
      where units.org_id = ${orgId} and units.parent_id = ${id}
      order by units.name asc, units.id asc`,
  );
  const members = await rows(
    db,
    sql`select p.id as "personId", p.name, p.job_title as "jobTitle", m.role, m.id as "membershipId", p.active
      from memberships m join people p on p.org_id = m.org_id and p.id = m.person_id
      where m.org_id = ${orgId} and m.unit_id = ${id} ${actor.admin ? sql`` : sql`and p.active = true`}
      order by p.name asc, p.id asc, m.role asc`,
  );
  const memberOf = sql`t.id in (select tm.team_id from team_members tm where tm.org_id = ${orgId} and tm.person_id = ${actor.personId})`;
  const ledSubtree = sql`with recursive sub(unit_id) as (
      select m.unit_id from memberships m where m.org_id = ${orgId} and m.person_id = ${actor.personId} and m.role = 'leader'
      union
      select c.id from sub join units c on c.org_id = ${orgId} and c.parent_id = sub.unit_id
    )
    select unit_id from sub`;
  const visible = actor.admin
    ? sql``
    : actor.leader
      ? sql`and (${memberOf} or t.unit_id in (${ledSubtree}))`
      : sql`and ${memberOf}`;
  const teams = await rows(
    db,
    sql`select t.id, t.name, t.kind from teams t where t.org_id = ${orgId} and t.unit_id = ${id} ${visible} order by t.name asc, t.id asc`,
  );
  return {
    unit,
    path: chain
      .slice(1)
      .reverse()
      .map((u) => ({ id: u.id, name: u.name })),
    children,
    members,
    teams,
    can: {
      update: actor.admin,
      delete: actor.admin && children.length === 0 && members.length === 0 && teams.length === 0,
    },
  };
}
