export { DIGEST_JOB, digestJobHandler } from './digest/job.js';
export { startDigestScheduler } from './digest/schedule.js';
export { registerReminderRoutes } from './routes.js';
export { remindersPrivacy } from './privacy.js';
