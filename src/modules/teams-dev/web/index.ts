export type { TeamNudgesAnswer } from '../answers';
export { teamsDevAppRoutes } from './routes';
