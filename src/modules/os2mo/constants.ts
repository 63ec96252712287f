// Side-neutral words of the OS2mo sync, read by the server and the web app.

/** The GraphQL schema version MUP's queries are written for (OS2mo serves several side by side). */
export const OS2MO_GRAPHQL_VERSION = 22;

/** Objects per GraphQL page; each page is one checkpoint. */
export const OS2MO_PAGE_SIZE = 500;

/** What a sync reads, in this order: the unit tree first, as engagements and managers name units. */
export const OS2MO_PHASES = ['org_units', 'employees', 'engagements', 'managers'] as const;
export type Os2moPhase = (typeof OS2MO_PHASES)[number];

/** Where a run's reading has got to: a phase, or complete once every page is stored. */
export const OS2MO_RUN_PHASES = [...OS2MO_PHASES, 'complete'] as const;
export type Os2moRunPhase = (typeof OS2MO_RUN_PHASES)[number];

/** A preview stops after planning; a sync (nightly, or on demand) applies what it read. */
export const OS2MO_RUN_MODES = ['preview', 'sync'] as const;
export type Os2moRunMode = (typeof OS2MO_RUN_MODES)[number];

export const OS2MO_RUN_STATUSES = ['fetching', 'previewed', 'applying', 'done', 'failed'] as const;
export type Os2moRunStatus = (typeof OS2MO_RUN_STATUSES)[number];

/** Why talking to OS2mo failed; the web app translates each one. */
export const OS2MO_FAILURES = [
  'wrong_secret',
  'unreachable',
  'malformed_answer',
  'graphql_error',
  'secret_unreadable',
  'plan_invalid',
  'apply_failed',
  'not_configured',
] as const;
export type Os2moFailure = (typeof OS2MO_FAILURES)[number];

export const OS2MO_SYNC_JOB = 'os2mo.sync';

/** The nightly sync is queued from this hour, Copenhagen time. */
export const OS2MO_NIGHTLY_HOUR = 2;
