/** The three levels of reflection forums (003): one child or citizen, the intervention as a whole, the organisation. */
export const FORUM_LEVELS = ['citizen', 'intervention', 'organisation'] as const;
export type ForumLevel = (typeof FORUM_LEVELS)[number];

/** The anonymous instruments: the one-minute meeting evaluation and the team's psychological-safety check. */
export const INSTRUMENTS = ['meeting', 'safety'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Item keys per instrument; their texts live in web/messages.ts. The order is the order of the scores. */
export const INSTRUMENT_ITEMS = {
  meeting: [
    'clarity',
    'onTime',
    'timeKeeping',
    'prepared',
    'purpose',
    'nextSteps',
    'energy',
    'other',
    'overall',
  ],
  safety: [
    'askQuestions',
    'admitMistakes',
    'askForHelp',
    'available',
    'seekFeedback',
    'experiment',
    'raiseDifficult',
    'heard',
  ],
} as const satisfies Record<Instrument, readonly string[]>;

/**
 * Items a participant may leave blank: the seed's eighth meeting question is "Andet, hvad?", an open
 * question whose answer is the comment, so a score for it is offered, never required.
 */
export const OPTIONAL_ITEMS = {
  meeting: ['other'],
  safety: [],
} as const satisfies { [I in Instrument]: readonly (typeof INSTRUMENT_ITEMS)[I][number][] };

export const isOptionalItem = (instrument: Instrument, item: string) =>
  (OPTIONAL_ITEMS[instrument] as readonly string[]).includes(item);

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Results show from this many respondents unless the organisation sets another number (never below the floor). */
export const DEFAULT_THRESHOLD = 5;
export const THRESHOLD_FLOOR = 3;
export const THRESHOLD_CEILING = 50;

/** A forum meets every N weeks or every N months (003's "kadence"). */
export const CADENCE_UNITS = ['week', 'month'] as const;
export type CadenceUnit = (typeof CADENCE_UNITS)[number];

/** The sensible range of a cadence and a meeting's length: a year at most between meetings, a working day at most. */
export const CADENCE_MAX = { week: 52, month: 12 } as const satisfies Record<CadenceUnit, number>;
export const DURATION_MINUTES = { min: 5, max: 480 } as const;

export const DEFAULT_OPEN_DAYS = 7;
export const MAX_OPEN_DAYS = 60;
