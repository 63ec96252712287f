export { registerProgressionRoutes } from './routes.js';
export { progressionOverview } from './services/overview.js';
export { unitProgressionAccess } from './access.js';
