export { forumsAppRoutes } from './routes';
