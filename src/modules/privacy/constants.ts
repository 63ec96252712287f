/*
 * Retention defaults for a Danish municipality, in days. docs/retention.md gives each its source
 * and reasoning; an organisation changes them on its retention page.
 */
export const RETENTION_DEFAULTS = {
  /** A departed (deactivated) person's development record: a year after they left. */
  departedRecordDays: 365,
  /** Audit rows, including who read whose record: two years. */
  auditDays: 730,
  /** Mail in the outbox (sent or kept): three months. */
  mailDays: 90,
  /** Survey answers: three years, one workplace assessment (APV) cycle. */
  surveyResponseDays: 1095,
} as const;

export type RetentionKind = keyof typeof RETENTION_DEFAULTS;
export const RETENTION_KINDS = Object.keys(RETENTION_DEFAULTS) as RetentionKind[];

/**
 * The bounds an organisation may set. Audit rows of access are kept at least six months: the
 * logging rule public authorities follow (docs/retention.md); nothing is kept beyond ten years.
 */
export const RETENTION_MIN_DAYS: Record<RetentionKind, number> = {
  departedRecordDays: 30,
  auditDays: 180,
  mailDays: 7,
  surveyResponseDays: 90,
};
export const RETENTION_MAX_DAYS = 3650;

/** The name an erased person's row keeps, so others' records that mention them still read. */
export const FORMER_EMPLOYEE = { da: 'Tidligere medarbejder', en: 'Former employee' } as const;

/** The periodic task that applies the retention rules, once a day across processes. */
export const RETENTION_TASK = 'privacy.retention';
export const RETENTION_PERIOD_MS = 24 * 60 * 60_000;
