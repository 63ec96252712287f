export { importAppRoutes } from './routes';
