// Shared by the server and the web app (no server imports here).

/** Recognition, the three kinds of feedback from the thesis, and an observation with its focus. */
export const FEEDBACK_KINDS = [
  'recognition',
  'evaluating',
  'instructing',
  'reflecting',
  'observation',
] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
