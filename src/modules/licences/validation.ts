import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { dateField, dateTimeField, versionField } from '../../shared/fields.js';
import { BELOW_REQUIRED, LICENCE_LEVELS, REVIEW_DECISIONS } from './constants.js';

// Shared by the API and the licence forms, so a form never accepts what the server refuses.

export const LICENCE_LIMITS = {
  task: LIMITS.shortText,
  description: LIMITS.description,
  meaning: 1000,
  focus: 1000,
  observed: 4000,
  reason: 2000,
  nextSteps: 2000,
  neededHolders: 1000,
  validityMonths: 120,
} as const;

const blankToNull = (v: string) => (v === '' ? null : v);
const requiredText = (max: number) => z.string().trim().min(1, 'Required').max(max);
const optionalText = (max: number) => z.string().trim().max(max).transform(blankToNull).nullable().optional();

export const licenceLevel = z.enum(LICENCE_LEVELS);

const definitionFields = {
  task: requiredText(LICENCE_LIMITS.task),
  description: optionalText(LICENCE_LIMITS.description),
  meaningC: requiredText(LICENCE_LIMITS.meaning),
  meaningB: requiredText(LICENCE_LIMITS.meaning),
  meaningA: requiredText(LICENCE_LIMITS.meaning),
  requiredLevel: licenceLevel.nullable().optional(),
  belowRequired: z.enum(BELOW_REQUIRED).optional(),
  neededHolders: z.number().int().min(0).max(LICENCE_LIMITS.neededHolders).nullable().optional(),
  validityMonths: z.number().int().min(1).max(LICENCE_LIMITS.validityMonths).nullable().optional(),
  initiativeId: z.uuid().nullable().optional(),
};

export const createDefinitionInput = z.object({ unitId: z.uuid(), ...definitionFields });
export type CreateDefinitionInput = z.infer<typeof createDefinitionInput>;

export const updateDefinitionInput = z.object(definitionFields).partial().extend({ version: versionField });
export type UpdateDefinitionInput = z.infer<typeof updateDefinitionInput>;

export const listDefinitionsQuery = z.object({
  unitId: z.uuid().optional(),
  initiativeId: z.uuid().optional(),
});

/** A planned practice review: who is reviewed, when, and what to look for. */
export const planReviewInput = z.object({
  personId: z.uuid(),
  startsAt: dateTimeField,
  focus: requiredText(LICENCE_LIMITS.focus),
  /** Another reviewer for the unit; the one planning by default. */
  reviewerId: z.uuid().optional(),
});
export type PlanReviewInput = z.infer<typeof planReviewInput>;

/** The review's record and decision: the licence at a level, or not yet with next steps. */
export const decideReviewInput = z
  .object({
    observed: requiredText(LICENCE_LIMITS.observed),
    decision: z.enum(REVIEW_DECISIONS),
    level: licenceLevel.optional(),
    reason: requiredText(LICENCE_LIMITS.reason),
    nextSteps: optionalText(LICENCE_LIMITS.nextSteps),
    issuedOn: dateField.optional(),
    expiresOn: dateField.nullable().optional(),
  })
  .refine((v) => v.decision !== 'granted' || v.level !== undefined, {
    message: 'Choose the level the licence is granted at',
    path: ['level'],
  })
  .refine((v) => v.decision !== 'not_yet' || (v.nextSteps ?? null) !== null, {
    message: 'Write the next steps',
    path: ['nextSteps'],
  });
export type DecideReviewInput = z.infer<typeof decideReviewInput>;

/** Assigning a person to carry the task; `confirmBelow` answers the workplace's warning. */
export const assignInput = z.object({ personId: z.uuid(), confirmBelow: z.boolean().optional() });
export type AssignInput = z.infer<typeof assignInput>;

export const yearQuery = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
