export { learningTalksAppRoutes } from './routes';
