export { registerOrgRoutes } from './routes.js';
// The checks every path that creates or changes people applies (SCIM provisioning too).
export { assertContactFree } from './services/create-person.js';
export { assertNotLastOrgAdmin } from './last-admin.js';
export { accessLogPrivacy, placesPrivacy } from './privacy.js';
