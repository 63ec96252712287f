// Shared by the server and the web app (no server imports here).

export const REMINDER_FREQUENCIES = ['daily', 'weekly', 'off'] as const;
export type ReminderFrequency = (typeof REMINDER_FREQUENCIES)[number];

/** A person without saved settings gets these (the table's defaults). */
export const DEFAULT_REMINDER_SETTINGS = {
  frequency: 'daily' as ReminderFrequency,
  prepareDaysBefore: 2,
  circleDeadlineDaysBefore: 3,
  includeOverdueAgreements: true,
};

/** The digest goes out at or after this local hour (Europe/Copenhagen); a weekly one on Mondays. */
export const DIGEST_HOUR = 7;
