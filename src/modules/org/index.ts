export { registerOrgRoutes } from './routes.js';
export { accessLogPrivacy, placesPrivacy } from './privacy.js';
