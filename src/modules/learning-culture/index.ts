export { registerLearningCultureRoutes } from './routes.js';
