export type { TeamNudgesAnswer } from '../answers';
export { teamsDevAppRoutes } from './routes';
export { PlanConversationForTeam } from './plan-conversation-modal';
