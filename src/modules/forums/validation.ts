import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import {
  CADENCE_MAX,
  CADENCE_UNITS,
  DEFAULT_OPEN_DAYS,
  DURATION_MINUTES,
  FORUM_LEVELS,
  MAX_OPEN_DAYS,
  SCORE_MAX,
  SCORE_MIN,
  THRESHOLD_CEILING,
  THRESHOLD_FLOOR,
} from './constants.js';
import { dateField, versionField, versionFromZeroField } from '../../shared/fields.js';

// Shared by the API and the forms, so a form never accepts what the server refuses.

export const FORUM_LIMITS = {
  name: LIMITS.shortText,
  /** Purpose, form, participants, content and data: a few sentences each, as in 003's table. */
  field: 1000,
  comment: 1000,
  items: 20,
} as const;

const blankToNull = (v: string) => (v === '' ? null : v);
const optionalText = (max: number) => z.string().trim().max(max).transform(blankToNull).nullable().optional();

const forumFields = {
  level: z.enum(FORUM_LEVELS),
  name: z.string().trim().min(1, 'Required').max(FORUM_LIMITS.name),
  teamId: z.uuid().nullable().optional(),
  purpose: optionalText(FORUM_LIMITS.field),
  form: optionalText(FORUM_LIMITS.field),
  cadenceEvery: z.number().int().min(1).max(CADENCE_MAX.week).nullable().optional(),
  cadenceUnit: z.enum(CADENCE_UNITS).nullable().optional(),
  durationMinutes: z.number().int().min(DURATION_MINUTES.min).max(DURATION_MINUTES.max).nullable().optional(),
  firstMeetingOn: dateField.nullable().optional(),
  meetingTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM')
    .or(z.literal('').transform(() => null))
    .nullable()
    .optional(),
  participants: optionalText(FORUM_LIMITS.field),
  content: optionalText(FORUM_LIMITS.field),
  data: optionalText(FORUM_LIMITS.field),
};

type CadenceFields = { cadenceEvery?: number | null; cadenceUnit?: string | null };

/**
 * A cadence is a number and a unit together (or neither), and every 13 months is not "monthly":
 * the number's range depends on the unit. The issue sits on the field a person corrects.
 */
const cadenceRule = (v: CadenceFields, ctx: z.RefinementCtx) => {
  const every = v.cadenceEvery;
  const unit = v.cadenceUnit;
  if (every === undefined && unit === undefined) return;
  if ((every ?? null) === null && (unit ?? null) === null) return;
  if (every === undefined || every === null) {
    ctx.addIssue({ code: 'custom', path: ['cadenceEvery'], message: 'Say how often', input: every });
    return;
  }
  if (unit === undefined || unit === null) {
    ctx.addIssue({ code: 'custom', path: ['cadenceUnit'], message: 'Choose weeks or months', input: unit });
    return;
  }
  const max = CADENCE_MAX[unit as keyof typeof CADENCE_MAX];
  if (every > max) {
    ctx.addIssue({
      code: 'too_big',
      origin: 'number',
      maximum: max,
      inclusive: true,
      path: ['cadenceEvery'],
      message: `At most every ${max} ${unit}s`,
      input: every,
    });
  }
};

/** Cleared by the forum's managers once the structured fields say it; never written otherwise. */
const clearedNote = z.null().optional();

export const createForumInput = z.object({ unitId: z.uuid(), ...forumFields }).superRefine(cadenceRule);
export type CreateForumInput = z.infer<typeof createForumInput>;

export const updateForumInput = z
  .object(forumFields)
  .partial()
  .extend({ version: versionField, cadenceNote: clearedNote, durationNote: clearedNote })
  .superRefine(cadenceRule);
export type UpdateForumInput = z.infer<typeof updateForumInput>;

export const listForumsQuery = z.object({ unitId: z.uuid().optional() });
export type ListForumsQuery = z.infer<typeof listForumsQuery>;

export const recordMeetingInput = z.object({
  heldOn: dateField,
  conversationId: z.uuid().nullable().optional(),
});
export type RecordMeetingInput = z.infer<typeof recordMeetingInput>;

export const openRoundInput = z.object({
  days: z.number().int().min(1).max(MAX_OPEN_DAYS).default(DEFAULT_OPEN_DAYS),
});
export type OpenRoundInput = z.infer<typeof openRoundInput>;

export const answerInput = z.object({
  /** One score per item in order; null where the item is optional and left blank (OPTIONAL_ITEMS). */
  scores: z.array(z.number().int().min(SCORE_MIN).max(SCORE_MAX).nullable()).min(1).max(FORUM_LIMITS.items),
  comment: optionalText(FORUM_LIMITS.comment),
});
export type AnswerInput = z.infer<typeof answerInput>;

export const roundCodeParam = z.string().regex(/^[a-z0-9]{6,16}$/i, 'Not a code');

export const thresholdInput = z.object({
  threshold: z.number().int().min(THRESHOLD_FLOOR).max(THRESHOLD_CEILING),
  version: versionFromZeroField,
});
export type ThresholdInput = z.infer<typeof thresholdInput>;

/** A personal answer link's token (links.ts): 32 URL-safe characters, 192 random bits. */
export const answerLinkToken = z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'Not an answer link');
