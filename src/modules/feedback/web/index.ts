export { feedbackAppRoutes } from './routes';
