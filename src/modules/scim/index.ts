export { registerScimApi } from './scim-api.js';
export { registerScimSettingsRoutes } from './routes.js';
