import { z } from 'zod';
import { id } from '../../shared/answers.js';
import { versionFromZeroField } from '../../shared/fields.js';
import { THRESHOLD_CEILING, THRESHOLD_FLOOR } from './engine/thresholds.js';
import { DEFAULT_ROUND_DAYS, MAX_ROUND_DAYS, SURVEY_LIMITS as L } from './constants.js';

// What the survey module accepts: HR's instrument edits, rounds, thresholds, and the respondent's answer.

const key = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'Letters, digits and _ only')
  .max(L.key);
const localized = (max: number) =>
  z.object({ da: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

export const instrumentDefinition = z.object({
  key,
  name: localized(L.name),
  description: localized(L.description),
  scale: z.object({
    min: z.number().int().min(0).max(10),
    max: z.number().int().min(1).max(10),
    labels: z.array(z.object({ value: z.number().int(), text: localized(L.short) })).max(11),
  }),
  items: z
    .array(
      z.object({
        key,
        text: localized(L.text),
        short: localized(L.short),
        index: key.optional(),
        optional: z.boolean().optional(),
        reverse: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(L.items),
  indices: z
    .array(z.object({ key, name: localized(L.name), of: z.array(key).max(L.indices).optional() }))
    .max(L.indices),
  comment: z.boolean(),
});
export type InstrumentDefinition = z.infer<typeof instrumentDefinition>;

export const saveInstrumentInput = z.object({
  definition: instrumentDefinition,
  version: versionFromZeroField,
});
export type SaveInstrumentInput = z.infer<typeof saveInstrumentInput>;

export const instrumentKey = key;

export const openRoundInput = z
  .object({
    instrument: key,
    title: z.string().trim().max(L.title).optional(),
    unitIds: z.array(id).max(L.targets).default([]),
    teamIds: z.array(id).max(L.targets).default([]),
    forumIds: z.array(id).max(L.targets).default([]),
    days: z.number().int().min(1).max(MAX_ROUND_DAYS).default(DEFAULT_ROUND_DAYS),
  })
  .refine((v) => v.unitIds.length + v.teamIds.length + v.forumIds.length > 0, {
    message: 'Choose at least one unit, team or forum',
    path: ['unitIds'],
  });
export type OpenRoundInput = z.infer<typeof openRoundInput>;

export const answerInput = z.object({
  scores: z.array(z.number().int().min(-1000).max(1000).nullable()).min(1).max(L.items),
  comment: z.string().trim().max(L.comment).optional(),
});
export type AnswerInput = z.infer<typeof answerInput>;

export const participationToken = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'Not a link');

export const relationshipQuery = z.object({ x: key, y: key });

export const thresholdsInput = z
  .object({
    threshold: z.number().int().min(THRESHOLD_FLOOR).max(THRESHOLD_CEILING),
    commentThreshold: z.number().int().min(THRESHOLD_FLOOR).max(THRESHOLD_CEILING),
    version: versionFromZeroField,
  })
  .refine((v) => v.commentThreshold >= v.threshold, {
    message: 'Comments need at least as many respondents as scores',
    path: ['commentThreshold'],
  });
export type ThresholdsInput = z.infer<typeof thresholdsInput>;
