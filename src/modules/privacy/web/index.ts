export { privacyAppRoutes } from './routes';
