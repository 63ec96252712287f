export { HomePage } from './home-page';
export { overviewAppRoutes } from './routes';
