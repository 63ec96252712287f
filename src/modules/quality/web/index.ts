export { qualityAppRoutes } from './routes';
export { DevelopmentPointForm } from './add-forms';
