export { qualityAppRoutes } from './routes';
