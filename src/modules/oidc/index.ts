export { registerOidcRoutes } from './routes.js';
