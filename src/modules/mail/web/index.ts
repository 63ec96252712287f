export { mailAppRoutes } from './routes';
