import { addPrivacySource } from './privacy/sources.js';
import { accessLogPrivacy, placesPrivacy } from '../modules/org/index.js';
import { signInPrivacy } from '../modules/auth/index.js';
import { goalsPrivacy } from '../modules/goals/index.js';
import { circlesPrivacy } from '../modules/inquiry/index.js';
import { agreementsPrivacy, conversationsPrivacy } from '../modules/conversations/index.js';
import { feedbackPrivacy } from '../modules/feedback/index.js';
import { licencesPrivacy } from '../modules/licences/index.js';
import { initiativesPrivacy } from '../modules/competence/index.js';
import { surveysPrivacy } from '../modules/surveys/index.js';
import { remindersPrivacy } from '../modules/reminders/index.js';
import { learningCulturePrivacy } from '../modules/learning-culture/index.js';

/*
 * What each module holds about a person, for the GDPR export and erasure (wired here so the
 * privacy module depends on none of them). A module landing later adds its source with one line.
 */
export function registerPrivacySources() {
  addPrivacySource(placesPrivacy);
  addPrivacySource(goalsPrivacy);
  addPrivacySource(circlesPrivacy);
  addPrivacySource(conversationsPrivacy);
  addPrivacySource(agreementsPrivacy);
  addPrivacySource(feedbackPrivacy);
  addPrivacySource(licencesPrivacy);
  addPrivacySource(initiativesPrivacy);
  addPrivacySource(learningCulturePrivacy);
  addPrivacySource(surveysPrivacy);
  addPrivacySource(remindersPrivacy);
  addPrivacySource(accessLogPrivacy);
  addPrivacySource(signInPrivacy);
}
