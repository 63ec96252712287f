export { GoalCirclesPanel } from './goal-circles-panel';
export { inquiryAppRoutes } from './routes';
