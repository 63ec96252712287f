import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { unitWithAncestorsText } from './unit-tree.js';
import { ledSubtreeText } from './unit-leadership.js';

/*
 * A team's leaders: the leaders of the team's unit or of a unit above it. A cross-unit team (a
 * peer group of leaders) has no unit and so no leaders.
 */

/** The team's leaders (memberships, active or not): one column, leader_id. */
export const teamLeadersText = sqlFragment(
  (org: string, team: string) => `select l.person_id as leader_id from memberships l
    where l.org_id = ${org} and l.role = 'leader' and l.unit_id in (
      select id from (${unitWithAncestorsText(org, `(select t.unit_id from teams t where t.org_id = ${org} and t.id = ${team})`)}) anc)`,
);

/** The inverse, the teams `leader` leads: one column, team_id. */
export const ledTeamsText = sqlFragment(
  (org: string, leader: string) => `select t.id as team_id from teams t
    where t.org_id = ${org} and t.unit_id in (${ledSubtreeText(org, leader)})`,
);

const teamLeadersStatement = preparedStatement<{ leader_id: string }>(
  'policy_team_leaders',
  teamLeadersText('$1::uuid', '$2::uuid'),
);

/** The ids of the team's leaders. */
export async function teamLeaders(db: Db, orgId: string, teamId: string): Promise<string[]> {
  return (await teamLeadersStatement(db, [orgId, teamId])).map((r) => r.leader_id);
}
