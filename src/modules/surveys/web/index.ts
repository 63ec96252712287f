export { surveysAppRoutes } from './routes';
