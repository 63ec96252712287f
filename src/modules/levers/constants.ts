// Shared by the tables, the API and the screens (the web app may not import schema files).

export { LEVER_KEYS, type LeverKey } from '../../shared/vocabulary.js';

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
