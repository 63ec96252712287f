export { registerForumRoutes } from './routes.js';
