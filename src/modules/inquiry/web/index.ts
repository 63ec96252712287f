// inquiry = learning circles (and every structured inquiry cycle that follows them): the web front door.
export { GoalCirclesPanel } from './goal-circles-panel';
export { inquiryAppRoutes } from './routes';
