// Words several modules share, owned by none of them: the server and the web app both read these,
// and the modules that use them import them from here rather than from each other's insides.

/** A text in both of the product's languages; Danish is the source, English a faithful translation. */
export interface Localized {
  da: string;
  en: string;
}

/** Where a participant stands with a task today (seeds/002, responsibility levels) ... */
export const CURRENT_LEVELS = ['beginner', 'some_experience', 'very_experienced'] as const;
export type CurrentLevel = (typeof CURRENT_LEVELS)[number];

/** ... and the responsibility they are to take for it afterwards. */
export const TARGET_LEVELS = ['with_support', 'independently', 'resource_person'] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

/** Driving-licence levels, from the one everybody takes (C) to the resource person's (A). */
export const LICENCE_LEVELS = ['C', 'B', 'A'] as const;
export type LicenceLevel = (typeof LICENCE_LEVELS)[number];

/** The three levels of reflection forums (seeds/003): one child or citizen, the intervention as a whole, the organisation. */
export const FORUM_LEVELS = ['citizen', 'intervention', 'organisation'] as const;
export type ForumLevel = (typeof FORUM_LEVELS)[number];

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
