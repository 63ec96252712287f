export { OS2MO_SYNC_JOB, os2moJobHandler, startOs2moScheduler } from './job.js';
export { registerOs2moRoutes } from './routes.js';
