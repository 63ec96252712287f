import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './http/context.js';
import { registerAuthRoutes } from '../modules/auth/routes.js';
import { registerOidcRoutes } from '../modules/oidc/routes.js';
import { registerOrgRoutes } from '../modules/org/routes.js';
import { registerImportRoutes } from '../modules/import/routes.js';
import { registerOutboxRoutes } from '../modules/mail/routes.js';
import { registerFramingRoutes } from '../modules/framing/routes.js';
import { registerGoalRoutes } from '../modules/goals/routes.js';
import { registerInquiryRoutes } from '../modules/inquiry/routes.js';
import { registerConversationRoutes } from '../modules/conversations/routes.js';
import { registerFeedbackRoutes } from '../modules/feedback/routes.js';
import { registerReminderRoutes } from '../modules/reminders/routes.js';
import { registerOverviewRoutes } from '../modules/overview/routes.js';
import { registerDialogueRoutes } from '../modules/dialogue/routes.js';
import { registerLeverRoutes } from '../modules/levers/routes.js';
import { registerForumRoutes } from '../modules/forums/routes.js';
import { registerTeamDevelopmentRoutes } from '../modules/teams-dev/routes.js';
import { registerHealthRoutes } from './health.js';
import { findNextMeetingWith } from '../modules/inquiry/next-meeting.js';
import { nextConversationDate } from '../modules/conversations/services/queries.js';

/** Every module's routes; `route()` puts each under /api. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  // A circle is due at the next conversation of its subject; conversations know when that is.
  findNextMeetingWith(nextConversationDate);
  registerHealthRoutes(app);
  registerAuthRoutes(app);
  registerOidcRoutes(app);
  registerOrgRoutes(app);
  registerImportRoutes(app);
  registerOutboxRoutes(app);
  registerFramingRoutes(app);
  registerGoalRoutes(app);
  registerInquiryRoutes(app);
  registerFeedbackRoutes(app);
  registerReminderRoutes(app);
  registerConversationRoutes(app);
  registerTeamDevelopmentRoutes(app);
  registerDialogueRoutes(app);
  registerOverviewRoutes(app);
  registerLeverRoutes(app);
  registerForumRoutes(app);
}
