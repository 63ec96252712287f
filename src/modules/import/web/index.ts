export { importAppRoutes } from './routes';
export { Counts, SampleTables } from './preview-parts';
