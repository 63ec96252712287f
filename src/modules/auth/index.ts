export { hashPassword } from './password.js';
export { registerAuthRoutes } from './routes.js';
export { createSession, loadActor, sessionTokenFrom, setSessionCookies, signedInAs } from './session.js';
export { hashToken } from './tokens.js';
export type { NewSession } from './session.js';
export { signInPrivacy } from './privacy.js';
