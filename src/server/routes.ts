import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './http/context.js';
import { registerAuthRoutes } from '../modules/auth/index.js';
import { registerOidcRoutes } from '../modules/oidc/index.js';
import { registerOrgRoutes } from '../modules/org/index.js';
import { registerImportRoutes } from '../modules/import/index.js';
import { registerOutboxRoutes } from '../modules/mail/index.js';
import { registerCoverageRoutes } from '../modules/coverage/index.js';
import { registerFramingRoutes } from '../modules/framing/index.js';
import { registerGoalRoutes } from '../modules/goals/index.js';
import { registerInquiryRoutes, findNextMeetingWith } from '../modules/inquiry/index.js';
import { registerConversationRoutes, nextConversationDate } from '../modules/conversations/index.js';
import { registerFeedbackRoutes } from '../modules/feedback/index.js';
import { registerReminderRoutes } from '../modules/reminders/index.js';
import { registerOverviewRoutes } from '../modules/overview/index.js';
import { registerDialogueRoutes } from '../modules/dialogue/index.js';
import { registerLeverRoutes } from '../modules/levers/index.js';
import { registerLicenceRoutes } from '../modules/licences/index.js';
import { registerForumRoutes } from '../modules/forums/index.js';
import { registerSurveyRoutes } from '../modules/surveys/index.js';
import { registerTeamDevelopmentRoutes } from '../modules/teams-dev/index.js';
import { registerQualityRoutes } from '../modules/quality/index.js';
import { registerLibraryRoutes } from '../modules/library/index.js';
import { registerLibraryKinds } from './library-kinds.js';
import { registerProgressionRoutes } from '../modules/progression/index.js';
import { registerLearningCultureRoutes } from '../modules/learning-culture/index.js';
import { addBuiltInPackageSources, registerLearningTalkRoutes } from '../modules/learning-talks/index.js';
import { registerCompetenceRoutes } from '../modules/competence/index.js';
import { registerHealthRoutes } from './health.js';

/** Every module's routes; `route()` puts each under /api. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  // A circle is due at the next conversation of its subject; conversations know when that is.
  findNextMeetingWith(nextConversationDate);
  registerLibraryKinds();
  registerHealthRoutes(app);
  registerAuthRoutes(app);
  registerOidcRoutes(app);
  registerOrgRoutes(app);
  registerImportRoutes(app);
  registerOutboxRoutes(app);
  registerCoverageRoutes(app);
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
  registerLicenceRoutes(app);
  registerForumRoutes(app);
  registerQualityRoutes(app);
  registerLibraryRoutes(app);
  registerProgressionRoutes(app);
  // A learning conversation's data package: sections from other modules, added here at assembly.
  addBuiltInPackageSources();
  registerLearningTalkRoutes(app);
  registerSurveyRoutes(app);
  registerCompetenceRoutes(app);
  registerLearningCultureRoutes(app);
}
