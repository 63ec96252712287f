import type { SignedInContext } from '../http/context.js';
import { notFound } from '../http/errors.js';
import { preparedStatement } from '../db/prepared.js';
import type { TeamKind } from '../../shared/roles.js';
import { leadsAnyUnit } from './actor.js';
import { sqlFragment } from './fragment.js';
import { ledTeamsText, teamLeadersText } from './team-leaders.js';
import { teamMembersText, teamsOfText } from './team-members.js';

/*
 * A team's content — its goals and circles, its conversations with their shared notes and
 * agreements, its safety checks, its lever plan, its discussion guidelines — belongs to its
 * members and its nearest leader(s) (team-leaders.ts), as a person's record belongs to the person
 * and their nearest leader(s). A leader further above sees what the team shares upward (a goal
 * shared with them) and its structure, not its content; HR and admins manage a team's structure
 * (team-access.ts) but read its content only as a member or such a leader. A cross-unit team (a
 * peer group) has no leaders: it is its members' alone.
 */

/** How the actor stands to a team's content: on the team ('member', also when they lead it), or a nearest leader. */
export type TeamRelation = 'member' | 'leader';

export interface ContentTeam {
  id: string;
  name: string;
  kind: TeamKind;
  unitId: string | null;
}

/** The teams whose content `person` reads: the teams they are on and those they lead nearest. One column, team_id. */
export const contentTeamsText = sqlFragment(
  (org: string, person: string) => `select t.id as team_id from teams t
    where t.org_id = ${org} and (t.id in (${teamsOfText(org, person)}) or t.id in (${ledTeamsText(org, person)}))`,
);

/** The people the team's content belongs to: its members (active or not) and its nearest leaders. One column, person_id. */
export const teamContentPeopleText = sqlFragment(
  (org: string, team: string) => `select person_id from (${teamMembersText(org, team)}) members
    union select leader_id from (${teamLeadersText(org, team)}) leaders`,
);

/**
 * The team and the actor's relation to its content in one statement.
 * $1 organisation, $2 the team, $3 the actor, $4 whether the actor leads any unit.
 */
const teamRelationStatement = preparedStatement<ContentTeam & { relation: TeamRelation | null }>(
  'policy_team_relation',
  `select t.id, t.name, t.kind, t.unit_id as "unitId",
    case
      when exists (select 1 from (${teamMembersText('$1::uuid', '$2::uuid')}) m where m.person_id = $3::uuid) then 'member'
      when $4::boolean and t.unit_id is not null
        and exists (select 1 from (${teamLeadersText('$1::uuid', '$2::uuid')}) l where l.leader_id = $3::uuid) then 'leader'
    end as relation
  from teams t where t.org_id = $1::uuid and t.id = $2::uuid`,
);

/** The team (undefined when it is not in the actor's organisation) and the actor's relation to its content. */
export async function loadTeamRelation(
  ctx: SignedInContext,
  teamId: string,
): Promise<{ team: ContentTeam; relation: TeamRelation | null } | undefined> {
  const { actor } = ctx;
  const [row] = await teamRelationStatement(ctx.db, [
    actor.orgId,
    teamId,
    actor.personId,
    leadsAnyUnit(actor),
  ]);
  if (!row) return undefined;
  const { relation, ...team } = row;
  return { team, relation };
}

/** The actor's relation to the team's content; null also for a team of another organisation. */
export async function teamRelation(ctx: SignedInContext, teamId: string): Promise<TeamRelation | null> {
  return (await loadTeamRelation(ctx, teamId))?.relation ?? null;
}

/** The team and the actor's relation to its content; 404 for anyone without one (ids cannot be probed). */
export async function assertTeamContent(
  ctx: SignedInContext,
  teamId: string,
): Promise<{ team: ContentTeam; relation: TeamRelation }> {
  const found = await loadTeamRelation(ctx, teamId);
  if (!found?.relation) throw notFound('No such team');
  return { team: found.team, relation: found.relation };
}
