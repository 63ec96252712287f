import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { teamMembers, teams, units } from '../org/schema.js';
import { leadsUnitOrAncestor } from '../../server/policy/team-access.js';
import { UNIT_PEOPLE_ROLES } from '../../server/policy/relationships.js';

/*
 * Who may read and edit a lever plan (issue 4 contract). A unit's plan: read by the people of the
 * unit and the units below it, and by leaders of the unit or a unit above it; edited by those
 * leaders. A team's plan is team content: its members and the leaders of its unit (or above) read
 * and edit it; a cross-unit team's plan is its members' only. HR and admins get nothing from their
 * role: configuration, not content. Everyone else: 404 (the caller throws).
 */

export type PlanScope = { unitId: string; teamId?: null } | { teamId: string; unitId?: null };
export interface PlanAccess {
  read: boolean;
  edit: boolean;
}

const NONE: PlanAccess = { read: false, edit: false };

const rolesList = sql.join(
  UNIT_PEOPLE_ROLES.map((r) => sql`${r}`),
  sql`, `,
);

/** A subquery (one column, id) of the unit and every unit below it. */
export function subtreeQuery(orgId: string, unitId: string) {
  return sql`with recursive sub(id) as (
      select id from units where org_id = ${orgId} and id = ${unitId}
      union
      select c.id from sub join units c on c.org_id = ${orgId} and c.parent_id = sub.id
    )
    select id from sub`;
}

async function belongsToSubtree(db: Db, orgId: string, personId: string, unitId: string): Promise<boolean> {
  const result = (await db.execute(sql`select 1 as found from memberships m
    where m.org_id = ${orgId} and m.person_id = ${personId} and m.role in (${rolesList})
      and m.unit_id in (${subtreeQuery(orgId, unitId)}) limit 1`)) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
}

export async function scopeAccess(ctx: SignedInContext, scope: PlanScope): Promise<PlanAccess> {
  const { db, actor } = ctx;
  if (scope.unitId) {
    const [unit] = await db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.orgId, actor.orgId), eq(units.id, scope.unitId)));
    if (!unit) return NONE;
    if (await leadsUnitOrAncestor(ctx, unit.id)) return { read: true, edit: true };
    return (await belongsToSubtree(db, actor.orgId, actor.personId, unit.id))
      ? { read: true, edit: false }
      : NONE;
  }
  const [team] = await db
    .select({ id: teams.id, unitId: teams.unitId })
    .from(teams)
    .where(and(eq(teams.orgId, actor.orgId), eq(teams.id, scope.teamId!)));
  if (!team) return NONE;
  if (team.unitId && (await leadsUnitOrAncestor(ctx, team.unitId))) return { read: true, edit: true };
  const [member] = await db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(
      and(
        eq(teamMembers.orgId, actor.orgId),
        eq(teamMembers.teamId, team.id),
        eq(teamMembers.personId, actor.personId),
      ),
    )
    .limit(1);
  return member ? { read: true, edit: true } : NONE;
}

/**
 * The people who may own an action in a plan: those who may read it. For a unit: its people and
 * those of the units below, and the leaders of the unit or above; for a team: its members and the
 * leaders of its unit or above.
 */
export async function possibleOwners(
  db: Db,
  orgId: string,
  scope: PlanScope,
): Promise<{ id: string; name: string }[]> {
  const leadersAbove = (unitId: string) => sql`select l.person_id from memberships l
    where l.org_id = ${orgId} and l.role = 'leader' and l.unit_id in (
      with recursive up(id) as (
        select id from units where org_id = ${orgId} and id = ${unitId}
        union
        select u.parent_id from up join units u on u.org_id = ${orgId} and u.id = up.id where u.parent_id is not null
      ) select id from up)`;
  let ids: ReturnType<typeof sql>;
  if (scope.unitId) {
    ids = sql`select m.person_id from memberships m where m.org_id = ${orgId} and m.role in (${rolesList})
        and m.unit_id in (${subtreeQuery(orgId, scope.unitId)})
      union ${leadersAbove(scope.unitId)}`;
  } else {
    const [team] = await db
      .select({ unitId: teams.unitId })
      .from(teams)
      .where(and(eq(teams.orgId, orgId), eq(teams.id, scope.teamId!)));
    const members = sql`select tm.person_id from team_members tm where tm.org_id = ${orgId} and tm.team_id = ${scope.teamId!}`;
    ids = team?.unitId ? sql`${members} union ${leadersAbove(team.unitId)}` : members;
  }
  const result = (await db.execute(sql`select p.id, p.name from people p
    where p.org_id = ${orgId} and p.active and p.id in (${ids}) order by p.name, p.id`)) as unknown as {
    rows: { id: string; name: string }[];
  };
  return result.rows;
}
