import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { leadsAnyUnit } from '../../server/policy/actor.js';
import { ledTeamsText, teamLeaders } from '../../server/policy/team-leaders.js';
import { qualityTeamRole, qualityTeamsOfText } from '../../server/policy/quality-team-members.js';
import { teams, units } from '../org/schema.js';
import type { QualityRole } from './constants.js';

/*
 * A quality team's work — its development points, improvement actions, trials, measures and data
 * work — belongs to the people holding one of its four roles (policy/quality-team-members.ts)
 * and the nearest leaders of its unit (policy/team-leaders.ts). Everyone else, HR and leaders
 * further above included, gets 404 unless they hold a role (a sponsor often does).
 */

export interface QualityTeam {
  id: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
}

export interface QualityAccess {
  team: QualityTeam;
  relation: 'member' | 'leader';
  role: QualityRole | null;
}

/** The quality team and how the actor stands to its work; 404 for anyone without a relation. */
export async function loadQualityTeam(ctx: SignedInContext, teamId: string): Promise<QualityAccess> {
  const { actor } = ctx;
  const [team] = await ctx.db
    .select({ id: teams.id, name: teams.name, unitId: teams.unitId, unitName: units.name })
    .from(teams)
    .leftJoin(units, and(eq(units.orgId, teams.orgId), eq(units.id, teams.unitId)))
    .where(and(eq(teams.orgId, actor.orgId), eq(teams.id, teamId), eq(teams.kind, 'quality')));
  if (!team) throw notFound('No such quality team');
  const role = await qualityTeamRole(ctx.db, actor.orgId, team.id, actor.personId);
  if (role) return qualityAccess(team, role, false);
  return qualityAccess(
    team,
    null,
    leadsAnyUnit(actor) && (await teamLeaders(ctx.db, actor.orgId, team.id)).includes(actor.personId),
  );
}

/**
 * The rule itself, for a reader whose role on the team and leadership of its unit are known (the
 * run chart reads both in its one statement): a role makes a member, else a nearest leader of the
 * team's unit reads as leader, else 404.
 */
export function qualityAccess(
  team: QualityTeam,
  role: QualityRole | null,
  leadsTeamUnit: boolean,
): QualityAccess {
  if (role) return { team, relation: 'member', role };
  if (leadsTeamUnit) return { team, relation: 'leader', role: null };
  throw notFound('No such quality team');
}

/** The team leader and the unit's leaders decide who holds which role. */
export const mayManageRoles = (access: QualityAccess) =>
  access.relation === 'leader' || access.role === 'team_leader';

/** A condition on `teams` for the quality teams whose work the actor reads. */
export function readableQualityTeams(ctx: SignedInContext) {
  const { orgId, personId } = ctx.actor;
  return sql`(${teams.id} in (${qualityTeamsOfText.bound(orgId, personId)}) or ${teams.id} in (${ledTeamsText.bound(orgId, personId)}))`;
}
