import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { dateField, versionField } from '../../shared/fields.js';
import { ENTRY_KINDS, MAX_PERIOD_DAYS, MAX_REMIND_DAYS } from './constants.js';

// Shared by the API and the forms, so a form never accepts what the server refuses.

export const YEAR_WHEEL_LIMITS = { title: LIMITS.shortText, text: 1000 } as const;

const blankToNull = (v: string) => (v === '' ? null : v);
const optionalText = z
  .string()
  .trim()
  .max(YEAR_WHEEL_LIMITS.text)
  .transform(blankToNull)
  .nullable()
  .optional();

const DAY_MS = 86_400_000;

const entryFields = {
  kind: z.enum(ENTRY_KINDS),
  title: z.string().trim().min(1, 'Required').max(YEAR_WHEEL_LIMITS.title),
  data: optionalText,
  note: optionalText,
  startsOn: dateField,
  endsOn: dateField.nullable().optional(),
  forumId: z.uuid().nullable().optional(),
  remindDaysBefore: z.number().int().min(0).max(MAX_REMIND_DAYS).nullable().optional(),
};

/** A period ends on or after its start, and within a year of it; the issue sits on the end date. */
const periodRule = (v: { startsOn?: string; endsOn?: string | null }, ctx: z.RefinementCtx) => {
  if (!v.startsOn || !v.endsOn) return;
  const days = (Date.parse(v.endsOn) - Date.parse(v.startsOn)) / DAY_MS;
  if (days < 0)
    ctx.addIssue({
      code: 'custom',
      path: ['endsOn'],
      message: 'The period ends before it starts',
      params: { reason: 'ends_before_start' },
      input: v.endsOn,
    });
  else if (days > MAX_PERIOD_DAYS)
    ctx.addIssue({
      code: 'custom',
      path: ['endsOn'],
      message: 'A period is at most a year',
      params: { reason: 'period_too_long' },
      input: v.endsOn,
    });
};

export const entryInput = z.object(entryFields).superRefine(periodRule);
export type EntryInput = z.infer<typeof entryInput>;

export const updateEntryInput = z
  .object(entryFields)
  .extend({ version: versionField })
  .superRefine(periodRule);
export type UpdateEntryInput = z.infer<typeof updateEntryInput>;

export const wheelQuery = z.object({ year: z.coerce.number().int().min(1900).max(2200).optional() });
export type WheelQuery = z.infer<typeof wheelQuery>;

/** The secret part of a feed address: 32 random bytes, base64url, then `.ics` for calendar clients that look at it. */
export const feedTokenPattern = /^[A-Za-z0-9_-]{43}\.ics$/;
