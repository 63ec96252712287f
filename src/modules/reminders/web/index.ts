export { remindersAppRoutes } from './routes';
