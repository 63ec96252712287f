import { z } from 'zod';
import { id, instant, ref } from '../../shared/answers.js';
import { GOAL_SOURCES, GOAL_STATUSES } from './constants.js';
import { GOAL_HINT_CODES } from './hints.js';

// The answers of /api/goals: declared by the routes, returned by the services, read by the screens.

const goalStatus = z.enum(GOAL_STATUSES);

export const goal = z.object({
  id,
  title: z.string(),
  why: z.string().nullable(),
  progressSigns: z.string().nullable(),
  source: z.enum(GOAL_SOURCES),
  status: goalStatus,
  statusReason: z.string().nullable(),
  /** The item of the leader's frame the goal answers, if any. */
  frameItem: z.object({ id, title: z.string() }).nullable(),
  createdAt: instant,
  updatedAt: instant,
  version: z.number().int(),
});
export type Goal = z.infer<typeof goal>;

export const goalAnswer = z.object({ goal });
export type GoalAnswer = z.infer<typeof goalAnswer>;

/** A share gives one colleague or one team read access to the goal and its circles. */
export const goalShare = z.object({ id, person: ref.nullable(), team: ref.nullable(), createdAt: instant });
export type GoalShare = z.infer<typeof goalShare>;

export const goalSharesAnswer = z.object({ shares: z.array(goalShare) });
export type GoalSharesAnswer = z.infer<typeof goalSharesAnswer>;

/** A person's goals, in focus first, for them and their nearest leader(s). */
export const goalListAnswer = z.object({
  person: ref,
  relation: z.enum(['self', 'leader']),
  goals: z.array(goal),
  can: z.object({ create: z.boolean() }),
});
export type GoalListAnswer = z.infer<typeof goalListAnswer>;

/** Goals colleagues have shared with me, with whose each is. */
export const sharedGoalsAnswer = z.object({ goals: z.array(goal.extend({ owner: ref.nullable() })) });
export type SharedGoalsAnswer = z.infer<typeof sharedGoalsAnswer>;

export const goalEvent = z.object({
  id,
  at: instant,
  actor: ref.nullable(),
  fromStatus: goalStatus.nullable(),
  toStatus: goalStatus,
  reason: z.string().nullable(),
});
export type GoalEvent = z.infer<typeof goalEvent>;

/**
 * One goal with what the actor may see and do. History and shares are the owner's and the
 * leader's (empty for a shared reader); hints and share targets are the owner's alone.
 */
export const goalDetailAnswer = z.object({
  goal,
  owner: ref.nullable(),
  /** A team's goal: the team (its members and the unit's leaders write it); a peer group's says so. */
  team: ref.extend({ isPeerGroup: z.boolean() }).nullable(),
  history: z.array(goalEvent),
  shares: z.array(goalShare),
  /** The teams the owner may share the goal with. */
  shareTeams: z.array(ref),
  hints: z.array(z.enum(GOAL_HINT_CODES)),
  relation: z.enum(['owner', 'leader', 'shared']),
  can: z.object({ edit: z.boolean(), changeStatus: z.boolean(), share: z.boolean() }),
});
export type GoalDetailAnswer = z.infer<typeof goalDetailAnswer>;
