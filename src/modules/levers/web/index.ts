export { leversAppRoutes } from './routes';
