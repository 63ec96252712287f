export type { PublicOrganisation } from '../answers';
export { oidcAppRoutes } from './routes';
