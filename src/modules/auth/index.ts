export { hashPassword } from './password.js';
export { registerAuthRoutes } from './routes.js';
export {
  createSession,
  loadActor,
  loadActorBySession,
  sessionTokenFrom,
  setSessionCookies,
} from './session.js';
export { recentSession } from './session-memory.js';
export { hashToken } from './tokens.js';
export type { NewSession } from './session.js';
export { signInPrivacy } from './privacy.js';
