import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';

/*
 * Team membership: who is on a team, and the teams a person is on. A team's members own its
 * content with its nearest leaders (team-content.ts); a cross-unit team (a peer group of leaders)
 * is its members' alone.
 */

/** The teams `person` is on: one column, team_id. */
export const teamsOfText = sqlFragment(
  (org: string, person: string) =>
    `select tm.team_id from team_members tm where tm.org_id = ${org} and tm.person_id = ${person}`,
);

/** The members of `team`, active or not: one column, person_id. */
export const teamMembersText = sqlFragment(
  (org: string, team: string) =>
    `select tm.person_id from team_members tm where tm.org_id = ${org} and tm.team_id = ${team}`,
);

const isMemberStatement = preparedStatement<{ found: number }>(
  'policy_team_member',
  'select 1 as found from team_members where org_id = $1::uuid and team_id = $2::uuid and person_id = $3::uuid limit 1',
);

export async function isTeamMember(
  db: Db,
  orgId: string,
  teamId: string,
  personId: string,
): Promise<boolean> {
  return (await isMemberStatement(db, [orgId, teamId, personId])).length > 0;
}

const teamsOfStatement = preparedStatement<{ team_id: string }>(
  'policy_teams_of',
  teamsOfText('$1::uuid', '$2::uuid'),
);

/** The ids of the teams a person is on. */
export async function teamIdsOf(db: Db, orgId: string, personId: string): Promise<string[]> {
  return (await teamsOfStatement(db, [orgId, personId])).map((r) => r.team_id);
}
