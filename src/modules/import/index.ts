export { IMPORT_APPLY_JOB, importJobHandler } from './job.js';
export { registerImportRoutes } from './routes.js';
