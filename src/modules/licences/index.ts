export { registerLicenceRoutes } from './routes.js';
export { licencesExpiringFor } from './services/person-licences.js';
export { licencesPrivacy } from './privacy.js';
