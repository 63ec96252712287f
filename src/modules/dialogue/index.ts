export { registerDialogueRoutes } from './routes.js';
