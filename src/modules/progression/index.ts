export { registerProgressionRoutes } from './routes.js';
export { progressionOverview } from './services/overview.js';
export { unitProgressionAccess } from './access.js';
export { overviewAnswer } from './answers.js';
export type { OverviewAnswer } from './answers.js';
export { rebuildProgressionCounts } from './counts.js';
