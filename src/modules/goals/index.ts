export { GOAL_STATUSES } from './constants.js';
export { loadGoal } from './records.js';
export { registerGoalRoutes } from './routes.js';
export { goalsInFocus } from './services/queries.js';
export { adoptProposedGoal } from './services/adopt-goal.js';
export { goalsPrivacy } from './privacy.js';
