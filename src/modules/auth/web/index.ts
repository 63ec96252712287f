export type { Me } from '../answers';
export { readableColors } from './readable';
export { authAppRoutes, authPublicRoutes } from './routes';
