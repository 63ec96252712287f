export { registerForumRoutes } from './routes.js';
export { meetingAccess } from './policy.js';
