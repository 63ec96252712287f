export { registerForumRoutes } from './routes.js';
export { meetingAccess } from './policy.js';
export { unitEvaluationTrends, type ForumEvaluationTrend } from './services/unit-evaluations.js';
