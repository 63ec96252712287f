export { useCurrentFrames } from './api';
export { framingAppRoutes } from './routes';
