export { dialogueAppRoutes, dialogueRootRoutes } from './routes';
