export { canFacilitateConversation, loadConversationForActor } from './access.js';
export { buildIcs } from './ics.js';
export { escapeText, foldLine, formatUtc, parseIcs } from './ics.js';
export type { ConversationForActor, ConversationPerson } from './access.js';
export { selectAgreements } from './agreement-records.js';
export { agreement, teamCadence } from './answers.js';
export {
  AGENDA_SECTIONS,
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  PARTICIPANT_ROLES,
} from './constants.js';
export { registerConversationRoutes } from './routes.js';
export { nextConversationDate } from './services/queries.js';
export { teamCadenceView, teamConversationHistory } from './services/team/cadence.js';
export { teamGoalsInFocus, teamPeople } from './services/team/get.js';
export type { IcsEvent } from './ics.js';
export { agreementsPrivacy, conversationsPrivacy } from './privacy.js';
