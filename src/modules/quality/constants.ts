// Shared by the server and the web app (no server imports here).

/** The four roles of a quality team (003): who leads it, who works in it, who brings expertise, who backs it. */
export const QUALITY_ROLES = ['team_leader', 'team_member', 'professional_expert', 'sponsor'] as const;
export type QualityRole = (typeof QUALITY_ROLES)[number];

/** Development points lead to improvement actions; trial actions test an improvement action. */
export const WORK_LEVELS = ['development_point', 'improvement_action'] as const;
export type WorkLevel = (typeof WORK_LEVELS)[number];

/** What a trial showed: no improvement is a result like any other, recorded as such. */
export const TRIAL_OUTCOMES = ['improved', 'no_improvement', 'unclear'] as const;
export type TrialOutcome = (typeof TRIAL_OUTCOMES)[number];

/** What the team decides after a trial. */
export const TRIAL_CONCLUSIONS = ['adopt', 'adapt', 'abandon'] as const;
export type TrialConclusion = (typeof TRIAL_CONCLUSIONS)[number];

/** A measure counts something (whole numbers from 0) or scores it (any number in its range). */
export const MEASURE_KINDS = ['count', 'score'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type MeasureFrequency = (typeof MEASURE_FREQUENCIES)[number];

/** Which way is better; the run chart's long runs are read in this light. */
export const MEASURE_DIRECTIONS = ['higher', 'lower'] as const;

/** A quality team meets monthly (003): its team-conversation rhythm in weeks. */
export const QUALITY_TEAM_INTERVAL_WEEKS = 4;

export const QUALITY_LIMITS = {
  title: 200,
  description: 4000,
  name: 200,
  unit: 40,
  recorder: 200,
  label: 200,
  clientKey: 100,
} as const;
