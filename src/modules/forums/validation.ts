import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import {
  DEFAULT_OPEN_DAYS,
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
  /** Cadence and duration: "every other week", "30 minutes". */
  short: LIMITS.shortText,
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
  cadence: optionalText(FORUM_LIMITS.short),
  duration: optionalText(FORUM_LIMITS.short),
  participants: optionalText(FORUM_LIMITS.field),
  content: optionalText(FORUM_LIMITS.field),
  data: optionalText(FORUM_LIMITS.field),
};

export const createForumInput = z.object({ unitId: z.uuid(), ...forumFields });
export type CreateForumInput = z.infer<typeof createForumInput>;

export const updateForumInput = z.object(forumFields).partial().extend({ version: versionField });
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
  scores: z.array(z.number().int().min(SCORE_MIN).max(SCORE_MAX)).min(1).max(FORUM_LIMITS.items),
  comment: optionalText(FORUM_LIMITS.comment),
});
export type AnswerInput = z.infer<typeof answerInput>;

export const roundCodeParam = z.string().regex(/^[a-z0-9]{6,16}$/i, 'Not a code');

export const thresholdInput = z.object({
  threshold: z.number().int().min(THRESHOLD_FLOOR).max(THRESHOLD_CEILING),
  version: versionFromZeroField,
});
export type ThresholdInput = z.infer<typeof thresholdInput>;
