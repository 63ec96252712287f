export { QUALITY_ROLES } from './constants.js';
export type { QualityRole } from './constants.js';
export { registerQualityRoutes } from './routes.js';
export { unitQualityWork, type UnitMeasure, type UnitTrial } from './services/unit-work.js';
