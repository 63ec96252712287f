// Shared by the server and the web app (no server imports here).

export const AGENDA_SECTIONS = ['goals', 'big_and_small', 'other'] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

export const CONVERSATION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
