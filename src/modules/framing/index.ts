export { registerFramingRoutes } from './routes.js';
export { frameItemInForce } from './services/current-frames.js';
