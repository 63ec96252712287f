import { z } from 'zod';
import { id, instant, ref } from '../../shared/answers.js';
import { TEAM_KINDS } from '../../shared/roles.js';
import { agreement, teamCadence, CONVERSATION_KINDS, CONVERSATION_STATUSES } from '../conversations/index.js';
import { GOAL_STATUSES } from '../goals/index.js';
import { circleState } from '../inquiry/index.js';

// The answers of /api/teams/{id}/development and /api/team-nudges: declared by the routes,
// returned by the services, read by the team's development page and the leader's overview.

const goalStatus = z.enum(GOAL_STATUSES);

export const teamConversationRef = z.object({
  id,
  kind: z.enum(CONVERSATION_KINDS),
  startsAt: instant,
  status: z.enum(CONVERSATION_STATUSES),
});
export type TeamConversationRef = z.infer<typeof teamConversationRef>;

/** `facilitates`: a leader or a resource person, who may lead a team conversation. */
const teamPerson = ref.extend({ facilitates: z.boolean() });

/**
 * A team's development page: goals in focus with their circle's phase, the goals members shared
 * with the team, its conversations and rhythm, and its open agreements.
 */
export const teamDevelopmentAnswer = z.object({
  team: z.object({
    id,
    name: z.string(),
    kind: z.enum(TEAM_KINDS),
    description: z.string().nullable(),
    isPeerGroup: z.boolean(),
  }),
  /** owner: a member; leader: a leader of the team's unit or above. */
  relation: z.enum(['owner', 'leader']),
  goalsInFocus: z.array(z.object({ id, title: z.string(), circle: circleState.nullable() })),
  earlierGoals: z.array(z.object({ id, title: z.string(), status: goalStatus })),
  /** Members' own goals, here only because their owner shared them with the team. */
  sharedGoals: z.array(
    z.object({
      id,
      title: z.string(),
      status: goalStatus,
      owner: ref,
      mine: z.boolean(),
      /** A shared reader sees finished circles only. */
      finishedCircleId: id.nullable(),
    }),
  ),
  upcoming: z.array(teamConversationRef),
  past: z.array(teamConversationRef),
  cadence: teamCadence,
  openAgreements: z.array(agreement),
  members: z.array(teamPerson),
  leaders: z.array(teamPerson),
  can: z.object({ createGoal: z.boolean(), planConversation: z.boolean(), editCadence: z.boolean() }),
});
export type TeamDevelopment = z.infer<typeof teamDevelopmentAnswer>;

/** A team past its rhythm: no team conversation held or planned within its interval. */
export const teamNudge = z.object({
  id,
  name: z.string(),
  lastHeldAt: instant.nullable(),
  intervalWeeks: z.number().int(),
});
export type TeamNudge = z.infer<typeof teamNudge>;

export const teamNudgesAnswer = z.object({ teams: z.array(teamNudge) });
export type TeamNudgesAnswer = z.infer<typeof teamNudgesAnswer>;
