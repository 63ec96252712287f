/** What an entry of the data year-wheel marks (004): data being collected, or data being discussed in a forum. */
export const ENTRY_KINDS = ['collect', 'discuss'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** A collection period is at most a year; reminders go at most two months ahead. */
export const MAX_PERIOD_DAYS = 366;
export const MAX_REMIND_DAYS = 60;

/** How far back and ahead the calendar feed reaches, in days. */
export const FEED_PAST_DAYS = 90;
export const FEED_AHEAD_DAYS = 400;
