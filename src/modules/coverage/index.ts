export { registerCoverageRoutes } from './routes.js';
export { goalInFocusSql, staffSql } from './staff.js';
export { COVERAGE_MIN_GROUP } from './constants.js';
