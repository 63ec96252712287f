export { forumsAppRoutes, forumsRootRoutes } from './routes';
