import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { teamAccess } from '../../../server/policy/team-access.js';
import { teamRelation } from '../../../server/policy/team-content.js';
import { people, teamMembers, units } from '../schema.js';
import { loadTeam } from '../records.js';
import type { TeamDetail } from '../answers.js';

export async function getTeam({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<TeamDetail> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const team = await loadTeam(db, orgId, input.id);
  const access = await teamAccess(ctx, team);
  if (!access.see) throw notFound('No such team');
  const [unit] = team.unitId
    ? await db
        .select({ name: units.name })
        .from(units)
        .where(and(eq(units.orgId, orgId), eq(units.id, team.unitId)))
    : [];
  const members = await db
    .select({ personId: people.id, name: people.name, jobTitle: people.jobTitle })
    .from(teamMembers)
    .innerJoin(people, and(eq(people.orgId, teamMembers.orgId), eq(people.id, teamMembers.personId)))
    .where(and(eq(teamMembers.orgId, orgId), eq(teamMembers.teamId, team.id)))
    .orderBy(asc(people.name), asc(people.id));
  return {
    team: { ...team, unitName: unit?.name ?? null },
    members,
    can: {
      update: access.manage,
      manageMembers: access.manage,
      delete: access.manage,
      // The team's development (goals, circles, conversations) is team content (policy/team-content.ts).
      seeDevelopment: (await teamRelation(ctx, team.id)) !== null,
    },
  };
}
