export { registerLicenceRoutes } from './routes.js';
export { licencesExpiringFor } from './services/person-licences.js';
