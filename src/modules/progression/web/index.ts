export { progressionAppRoutes } from './routes';
export { OverviewTable } from './overview-table';
