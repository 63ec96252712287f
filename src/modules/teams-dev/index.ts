export { registerTeamDevelopmentRoutes } from './routes.js';
