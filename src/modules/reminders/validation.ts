import { z } from 'zod';
import { REMINDER_FREQUENCIES } from './constants.js';

// Shared by the API and the settings form.

export const REMINDER_LIMITS = { daysBefore: 14 } as const;

const days = z.number().int().min(0).max(REMINDER_LIMITS.daysBefore);

export const reminderSettingsInput = z.object({
  frequency: z.enum(REMINDER_FREQUENCIES),
  prepareDaysBefore: days,
  circleDeadlineDaysBefore: days,
  includeOverdueAgreements: z.boolean(),
});
export type ReminderSettingsInput = z.infer<typeof reminderSettingsInput>;
