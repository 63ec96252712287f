export { registerPrivacyRoutes } from './routes.js';
export { startRetentionScheduler, retentionTick, applyEnabledRetention } from './retention/schedule.js';
