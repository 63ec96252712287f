export { libraryAppRoutes } from './routes';
export { AttachedPackages } from './attached-packages';
