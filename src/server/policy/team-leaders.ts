import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { ledUnitsText, unitLeadersText } from './unit-leaders.js';

/*
 * A team's leaders: the nearest leaders of the team's unit (unit-leaders.ts) — the leader(s) of
 * the unit, or where it has no active leader, the first found walking up. A leader further above
 * is not one of them. A cross-unit team (a peer group of leaders) has no unit and so no leaders.
 */

/** The team's nearest leaders: one column, leader_id. */
export const teamLeadersText = sqlFragment((org: string, team: string) =>
  unitLeadersText(org, `(select t.unit_id from teams t where t.org_id = ${org} and t.id = ${team})`),
);

/** The inverse, the teams whose nearest leader `leader` is: one column, team_id. */
export const ledTeamsText = sqlFragment(
  (org: string, leader: string) => `select t.id as team_id from teams t
    where t.org_id = ${org} and t.unit_id in (${ledUnitsText(org, leader)})`,
);

const teamLeadersStatement = preparedStatement<{ leader_id: string }>(
  'policy_team_leaders',
  teamLeadersText('$1::uuid', '$2::uuid'),
);

/** The ids of the team's nearest leaders. */
export async function teamLeaders(db: Db, orgId: string, teamId: string): Promise<string[]> {
  return (await teamLeadersStatement(db, [orgId, teamId])).map((r) => r.leader_id);
}
