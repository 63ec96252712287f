import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import type { TeamKind } from '../../shared/roles.js';
import { leadsAnyUnit } from './actor.js';
import { sqlFragment } from './fragment.js';
import { unitLeadersText } from './unit-leaders.js';

/*
 * The teams a leader may start work with from their unit's survey results (issue 13): the teams
 * of that unit whose nearest leader they are (team-leaders.ts). That is the relation the team
 * conversation (team-content.ts) and the quality team's work (quality-team-members.ts with the
 * team's leaders) already ask, so what is offered is exactly what the form may then save. A leader
 * further above, HR and the team's members are not offered the unit's teams here.
 */

/**
 * The teams of `unit` whose nearest leader `leader` is: one column, team_id. A team's nearest
 * leaders are its unit's (team-leaders.ts), so this is the unit's teams when `leader` is among the
 * unit's nearest leaders — ledTeamsText for one unit, walked up from that unit instead of down from
 * every unit the leader leads (a scan of the organisation's units per level of the walk).
 */
export const ledTeamsOfUnitText = sqlFragment(
  (org: string, unit: string, leader: string) => `select t.id as team_id from teams t
    where t.org_id = ${org} and t.unit_id = ${unit} and ${leader} in (${unitLeadersText(org, unit)})`,
);

export interface UnitTeam {
  id: string;
  name: string;
  kind: TeamKind;
}

const ledTeamsOfUnitStatement = preparedStatement<UnitTeam>(
  'policy_led_teams_of_unit',
  `select t.id, t.name, t.kind from teams t
    where t.org_id = $1::uuid and t.id in (${ledTeamsOfUnitText('$1::uuid', '$2::uuid', '$3::uuid')})
    order by t.name`,
);

/** The unit's teams the actor leads nearest, by name; none for anyone who leads no unit. */
export async function ledTeamsOfUnit(ctx: SignedInContext, unitId: string): Promise<UnitTeam[]> {
  if (!leadsAnyUnit(ctx.actor)) return [];
  return ledTeamsOfUnitStatement(ctx.db, [ctx.actor.orgId, unitId, ctx.actor.personId]);
}
