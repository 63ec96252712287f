// The vocabulary of systematic competence development (seeds/002), shared by the server and the web
// app: the content files in this folder are typed with it, and the module's tables will store its keys.

// The responsibility and licence levels, and Localized, are shared with other modules (src/shared).
export {
  CURRENT_LEVELS,
  LICENCE_LEVELS,
  TARGET_LEVELS,
  type CurrentLevel,
  type LicenceLevel,
  type Localized,
  type TargetLevel,
} from '../../../shared/vocabulary.js';

/** The guide's five fields, in their logical order (in practice a leader moves back and forth). */
export const FIELD_KEYS = ['task', 'perspective', 'learning_goals', 'training_track', 'everyday'] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** The three levels a learning goal can sit on, from the most concrete to the hardest to change. */
export const GOAL_LEVELS = ['methods', 'knowledge', 'role'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

/** What a learning format suits: one of the goal levels, or complex needs across all three. */
export const FORMAT_SUITS = [...GOAL_LEVELS, 'complex'] as const;
export type FormatSuit = (typeof FORMAT_SUITS)[number];

/** The three tempi of a training track. */
export const TEMPI = ['knowledge_building', 'trial', 'feedback'] as const;
export type Tempo = (typeof TEMPI)[number];

/** The four kinds of anchoring in the everyday, in the guide's order. */
export const ANCHORING_KINDS = ['goal_follow_up', 'organisation', 'support', 'ongoing_follow_up'] as const;
export type AnchoringKind = (typeof ANCHORING_KINDS)[number];
