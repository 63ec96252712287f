export { registerOrgRoutes } from './routes.js';
