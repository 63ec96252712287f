import { and, asc, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { isAdmin } from '../../../server/policy/actor.js';
import { unitWithAncestors } from '../../../server/policy/relationships.js';
import { visibleTeamsCondition } from '../../../server/policy/team-access.js';
import { memberships, people, teams, units } from '../schema.js';
import { loadUnit } from '../records.js';
import { memberCounts } from './list-units.js';

/** A unit with its path, sub-units, members and the teams the actor may see. */
export async function getUnit({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const admin = isAdmin(actor);
  const unit = await loadUnit(db, orgId, input.id);
  const chain = await unitWithAncestors(db, orgId, unit.id);
  const counts = memberCounts(db, orgId, unit.id);
  const children = await db
    .select({ id: units.id, name: units.name, kind: units.kind, memberCount: sql<number>`coalesce(${counts.n}, 0)::int` })
    .from(units)
    .leftJoin(counts, eq(counts.unitId, units.id))
    .where(and(eq(units.orgId, orgId), eq(units.parentId, unit.id)))
    .orderBy(asc(units.name), asc(units.id));
  // Admins also see deactivated members: they still block deleting the unit.
  const members = await db
    .select({
      personId: people.id,
      name: people.name,
      jobTitle: people.jobTitle,
      role: memberships.role,
      membershipId: memberships.id,
      active: people.active,
    })
    .from(memberships)
    .innerJoin(people, and(eq(people.orgId, memberships.orgId), eq(people.id, memberships.personId)))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.unitId, unit.id), admin ? undefined : eq(people.active, true)))
    .orderBy(asc(people.name), asc(people.id), asc(memberships.role));
  const unitTeams = await db
    .select({ id: teams.id, name: teams.name, kind: teams.kind })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.unitId, unit.id), visibleTeamsCondition(ctx)))
    .orderBy(asc(teams.name), asc(teams.id));
  return {
    unit,
    path: chain
      .slice(1)
      .reverse()
      .map((u) => ({ id: u.id, name: u.name })),
    children,
    members,
    teams: unitTeams,
    can: {
      update: admin,
      delete: admin && children.length === 0 && members.length === 0 && unitTeams.length === 0,
    },
  };
}
