// Shared by the server and the web app (no server imports here).

/** One conversation model for every kind; 1:1s, team and peer-group conversations so far. */
export const CONVERSATION_KINDS = [
  'one_to_one',
  'team',
  'peer_group',
  'learning_conversation',
  'course_follow_up',
  'practice_review',
] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** A 1:1's leader and subject; a team conversation's facilitator and participants. */
export const PARTICIPANT_ROLES = ['leader', 'subject', 'facilitator', 'participant'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const AGENDA_SECTIONS = ['goals', 'big_and_small', 'other'] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

export const CONVERSATION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
