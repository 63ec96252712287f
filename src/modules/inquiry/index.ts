// inquiry = learning circles (and every structured inquiry cycle that follows them): the front door.
export { circleHistoryAnswer, circleState, fieldConflict, inquiryView } from './answers.js';
export type { InquiryView } from './answers.js';
export { circleStateFrom, latestCircleText } from './circle-state.js';
export type { CircleStateRow } from './circle-state.js';
export {
  createTeamInquiry,
  inquiryHistory,
  loadInquiry,
  presentInquiry,
  saveInquiry,
  type InquiryRow,
  type InquirySaved,
} from './engine.js';
export { FORMS } from './forms/index.js';
export { learningCircle } from './forms/learning-circle.js';
export { emptyData } from './merge.js';
export { findNextMeetingWith } from './next-meeting.js';
export { registerInquiryRoutes } from './routes.js';
export { circleStates } from './services/queries.js';
export { inquirySaveInput } from './validation.js';
export type { InquirySaveInput } from './validation.js';
export { mergeChanges, fieldValue } from './merge.js';
export type { MergeResult } from './merge.js';
export type { FormDefinition } from './forms/types.js';
export { circlesPrivacy } from './privacy.js';
