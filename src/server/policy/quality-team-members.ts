import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';
import type { qualityTeamRoles } from '../../modules/quality/schema.js';
import { sqlFragment } from './fragment.js';

type QualityRole = (typeof qualityTeamRoles.$inferSelect)['role'];

/*
 * A quality team's people with their role (003): team leader, team member, professional expert,
 * sponsor. Each holds exactly one role on the team; the team's work belongs to them and to the
 * nearest leaders of its unit (team-leaders.ts), which the quality module combines.
 */

/** The quality teams `person` holds a role on: one column, team_id. */
export const qualityTeamsOfText = sqlFragment(
  (org: string, person: string) =>
    `select qr.team_id from quality_team_roles qr where qr.org_id = ${org} and qr.person_id = ${person}`,
);

/** The people holding a role on `team`: one column, person_id. */
export const qualityTeamMembersText = sqlFragment(
  (org: string, team: string) =>
    `select qr.person_id from quality_team_roles qr where qr.org_id = ${org} and qr.team_id = ${team}`,
);

const roleStatement = preparedStatement<{ role: QualityRole }>(
  'policy_quality_team_role',
  'select role from quality_team_roles where org_id = $1::uuid and team_id = $2::uuid and person_id = $3::uuid limit 1',
);

/** The role `person` holds on the quality team, or null. */
export async function qualityTeamRole(
  db: Db,
  orgId: string,
  teamId: string,
  personId: string,
): Promise<QualityRole | null> {
  return (await roleStatement(db, [orgId, teamId, personId]))[0]?.role ?? null;
}

const teamsOfStatement = preparedStatement<{ team_id: string }>(
  'policy_quality_teams_of',
  qualityTeamsOfText('$1::uuid', '$2::uuid'),
);

/** The ids of the quality teams a person holds a role on. */
export async function qualityTeamIdsOf(db: Db, orgId: string, personId: string): Promise<string[]> {
  return (await teamsOfStatement(db, [orgId, personId])).map((r) => r.team_id);
}
