export { registerLearningCultureRoutes } from './routes.js';
export { learningCulturePrivacy } from './privacy.js';
