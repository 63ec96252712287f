export { registerOutboxRoutes } from './routes.js';
