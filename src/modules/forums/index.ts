export { registerForumRoutes } from './routes.js';
export { meetingAccess } from './policy.js';
export { meetingDays, type Cadence } from './cadence.js';
export { cadenceOf } from './records.js';
export { unitEvaluationTrends, type ForumEvaluationTrend } from './services/unit-evaluations.js';
