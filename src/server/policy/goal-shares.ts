import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { teamsOfText } from './team-members.js';

/*
 * A share: the owner of a goal shares it (and its finished circles) with a colleague or a team.
 * It gives read access to that goal only, to the colleague and to the team's members.
 */

/** The goals shared with `person`, directly or through a team they are on: one column, goal_id. */
export const goalsSharedWithText = sqlFragment(
  (org: string, person: string) => `select gs.goal_id from goal_shares gs
    where gs.org_id = ${org} and (gs.person_id = ${person} or gs.team_id in (${teamsOfText(org, person)}))`,
);

const sharedStatement = preparedStatement<{ found: number }>(
  'policy_goal_shared',
  `select 1 as found from goal_shares gs
    where gs.org_id = $1::uuid and gs.goal_id = $3::uuid
      and (gs.person_id = $2::uuid or gs.team_id in (${teamsOfText('$1::uuid', '$2::uuid')}))
    limit 1`,
);

/** Whether one goal was shared with the actor, directly or through a team they are on. */
export async function isGoalSharedWithActor(ctx: SignedInContext, goalId: string): Promise<boolean> {
  const { actor } = ctx;
  return (await sharedStatement(ctx.db, [actor.orgId, actor.personId, goalId])).length > 0;
}
