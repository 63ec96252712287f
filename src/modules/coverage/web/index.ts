export { coverageAppRoutes } from './routes';
export { CoverageSummary } from './coverage-summary';
