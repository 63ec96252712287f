/** Whom a progression course is about: a group of children, or one citizen's course under a pseudonym. */
export const SUBJECT_KINDS = ['child_group', 'citizen_course'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The three levels of a progression overview, worst first. */
export const LEVELS = ['red', 'yellow', 'green'] as const;
export type Level = (typeof LEVELS)[number];

export const PROGRESSION_LIMITS = {
  label: 120,
  text: 2000,
  note: 500,
  areaName: 60,
  areas: 12,
  /** Quarters an overview looks back over. */
  quarters: 8,
} as const;
