export { FEEDBACK_KINDS } from './constants.js';
export type { FeedbackKind } from './constants.js';
export { registerFeedbackRoutes } from './routes.js';
export { feedbackPrivacy } from './privacy.js';
