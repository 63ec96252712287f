export { registerFramingRoutes } from './routes.js';
export { frameItemInForce } from './services/current-frames.js';
export { frameAccess } from './services/get-frame.js';
