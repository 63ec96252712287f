export { learningCultureAppRoutes } from './routes';
