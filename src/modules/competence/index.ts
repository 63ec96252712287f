export { registerCompetenceRoutes } from './routes.js';
export { initiativeSummaries } from './services/list-initiatives.js';
