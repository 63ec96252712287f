// Shared by the tables, the API and the screens (the web app may not import schema files).

/** The 12 levers on a workplace's learning environment (seeds/001, "the toolbox"), in its order. */
export const LEVER_KEYS = [
  'job_rotation',
  'learn_from_colleague',
  'learn_from_newcomers',
  'mentoring',
  'peer_coaching',
  'sparring_feedback',
  'better_meetings',
  'idea_spaces',
  'physical_space',
  'campus',
  'co_create_with_users',
  'course_transfer',
] as const;
export type LeverKey = (typeof LEVER_KEYS)[number];

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
