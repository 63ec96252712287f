// The vocabulary of systematic competence development (seeds/002), shared by the server and the web
// app: the content files in this folder are typed with it, and the module's tables will store its keys.

/** A text in both of the product's languages; Danish is the source, English a faithful translation. */
export interface Localized {
  da: string;
  en: string;
}

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

/** Where a participant stands with a task today ... */
export const CURRENT_LEVELS = ['beginner', 'some_experience', 'very_experienced'] as const;
export type CurrentLevel = (typeof CURRENT_LEVELS)[number];

/** ... and the responsibility they are to take for it afterwards. */
export const TARGET_LEVELS = ['with_support', 'independently', 'resource_person'] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

/** Driving-licence levels, from the one everybody takes (C) to the resource person's (A). */
export const LICENCE_LEVELS = ['C', 'B', 'A'] as const;
export type LicenceLevel = (typeof LICENCE_LEVELS)[number];
