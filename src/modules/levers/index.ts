export { LEVER_KEYS } from './constants.js';
export type { LeverKey } from './constants.js';
export { registerLeverRoutes } from './routes.js';
