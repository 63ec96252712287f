export type { ConversationDetail, TeamListItem } from '../answers';
export { CONVERSATION_LIMITS, teamCadenceInput, teamScheduleFormInput } from '../validation';
export type { TeamScheduleFormInput } from '../validation';
export {
  conversationKeys,
  fromLocalInput,
  refreshConversations,
  toLocalInput,
  useConversations,
} from './api';
export { STATUS_COLOR, STATUS_TEXT } from './conversations-page';
export { applyConversationError, timeFieldOverride } from './form-errors';
export { conversationsAppRoutes } from './routes';
export { WhenFields } from './when-fields';
