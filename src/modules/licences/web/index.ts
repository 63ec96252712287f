export { licencesAppRoutes } from './routes';
export { PersonLicences, YearLicences } from './person-licences';
export { InitiativeLicences } from './initiative-licences';
