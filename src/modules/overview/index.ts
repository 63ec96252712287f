export { registerOverviewRoutes } from './routes.js';
