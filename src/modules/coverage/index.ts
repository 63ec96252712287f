export { registerCoverageRoutes } from './routes.js';
