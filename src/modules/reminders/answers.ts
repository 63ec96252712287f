import { z } from 'zod';
import { instant } from '../../shared/answers.js';
import { REMINDER_FREQUENCIES } from './constants.js';

// The answers of /api/reminders: declared by the routes, returned by the services, read by the page.

/** The signed-in person's own reminder settings (the defaults until they save any). */
export const reminderSettingsAnswer = z.object({
  settings: z.object({
    frequency: z.enum(REMINDER_FREQUENCIES),
    prepareDaysBefore: z.number().int(),
    circleDeadlineDaysBefore: z.number().int(),
    includeOverdueAgreements: z.boolean(),
    lastDigestAt: instant.nullable(),
  }),
});
export type ReminderSettingsAnswer = z.infer<typeof reminderSettingsAnswer>;

/** "Send me a digest now": false when there was nothing to tell. */
export const digestNowAnswer = z.object({ sent: z.boolean() });
export type DigestNowAnswer = z.infer<typeof digestNowAnswer>;
