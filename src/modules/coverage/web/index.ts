export { coverageAppRoutes } from './routes';
