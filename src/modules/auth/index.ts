export { hashPassword } from './password.js';
export { registerAuthRoutes } from './routes.js';
export { createSession, loadActor, sessionTokenFrom, setSessionCookies } from './session.js';
export type { NewSession } from './session.js';
export { signInPrivacy } from './privacy.js';
