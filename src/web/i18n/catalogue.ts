import { common } from './common';
import { authMessages } from '../../modules/auth/web/messages';
import { mailMessages } from '../../modules/mail/web/messages';
import { coverageMessages } from '../../modules/coverage/web/messages';
import { privacyMessages } from '../../modules/privacy/web/messages';
import { orgMessages } from '../../modules/org/web/messages';
import { importMessages } from '../../modules/import/web/messages';
import { oidcMessages } from '../../modules/oidc/web/messages';
import { os2moMessages } from '../../modules/os2mo/web/messages';
import { scimMessages } from '../../modules/scim/web/messages';
import { framingMessages } from '../../modules/framing/web/messages';
import { goalsMessages } from '../../modules/goals/web/messages';
import { inquiryMessages } from '../../modules/inquiry/web/messages';
import { conversationsMessages } from '../../modules/conversations/web/messages';
import { teamsDevMessages } from '../../modules/teams-dev/web/messages';
import { feedbackMessages } from '../../modules/feedback/web/messages';
import { overviewMessages } from '../../modules/overview/web/messages';
import { remindersMessages } from '../../modules/reminders/web/messages';
import { dialogueMessages } from '../../modules/dialogue/web/messages';
import { leversMessages } from '../../modules/levers/web/messages';
import { licencesMessages } from '../../modules/licences/web/messages';
import { forumsMessages, forumStructureMessages } from '../../modules/forums/web/messages';
import { qualityMessages } from '../../modules/quality/web/messages';
import { libraryMessages } from '../../modules/library/web/messages';
import { progressionMessages } from '../../modules/progression/web/messages';
import { learningTalksMessages } from '../../modules/learning-talks/web/messages';
import { learningCultureMessages } from '../../modules/learning-culture/web/messages';
import { surveysMessages } from '../../modules/surveys/web/messages';
import { competenceMessages } from '../../modules/competence/web/messages';
import { yearWheelMessages } from '../../modules/year-wheel/web/messages';
import { offlineMessages } from '../offline/messages';
import type { Paths } from './define';

/** Every module's texts under its own namespace. */
export const catalogue = {
  da: {
    common: common.da,
    auth: authMessages.da,
    mail: mailMessages.da,
    coverage: coverageMessages.da,
    privacy: privacyMessages.da,
    org: orgMessages.da,
    import: importMessages.da,
    oidc: oidcMessages.da,
    os2mo: os2moMessages.da,
    scim: scimMessages.da,
    framing: framingMessages.da,
    goals: goalsMessages.da,
    inquiry: inquiryMessages.da,
    conversations: conversationsMessages.da,
    teamsDev: teamsDevMessages.da,
    feedback: feedbackMessages.da,
    reminders: remindersMessages.da,
    overview: overviewMessages.da,
    dialogue: dialogueMessages.da,
    levers: leversMessages.da,
    licences: licencesMessages.da,
    forums: forumsMessages.da,
    forumStructure: forumStructureMessages.da,
    yearWheel: yearWheelMessages.da,
    quality: qualityMessages.da,
    library: libraryMessages.da,
    progression: progressionMessages.da,
    learningTalks: learningTalksMessages.da,
    learningCulture: learningCultureMessages.da,
    surveys: surveysMessages.da,
    competence: competenceMessages.da,
    offline: offlineMessages.da,
  },
  en: {
    common: common.en,
    auth: authMessages.en,
    mail: mailMessages.en,
    coverage: coverageMessages.en,
    privacy: privacyMessages.en,
    org: orgMessages.en,
    import: importMessages.en,
    oidc: oidcMessages.en,
    os2mo: os2moMessages.en,
    scim: scimMessages.en,
    framing: framingMessages.en,
    goals: goalsMessages.en,
    inquiry: inquiryMessages.en,
    conversations: conversationsMessages.en,
    teamsDev: teamsDevMessages.en,
    feedback: feedbackMessages.en,
    reminders: remindersMessages.en,
    overview: overviewMessages.en,
    dialogue: dialogueMessages.en,
    levers: leversMessages.en,
    licences: licencesMessages.en,
    forums: forumsMessages.en,
    forumStructure: forumStructureMessages.en,
    yearWheel: yearWheelMessages.en,
    quality: qualityMessages.en,
    library: libraryMessages.en,
    progression: progressionMessages.en,
    learningTalks: learningTalksMessages.en,
    learningCulture: learningCultureMessages.en,
    surveys: surveysMessages.en,
    competence: competenceMessages.en,
    offline: offlineMessages.en,
  },
};

export type Messages = (typeof catalogue)['da'];
export type MessageKey = Paths<Messages>;
