export { yearWheelAppRoutes } from './routes';
