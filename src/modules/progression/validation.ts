import { z } from 'zod';
import { dateField, versionField } from '../../shared/fields.js';
import { LEVELS, PROGRESSION_LIMITS, SUBJECT_KINDS } from './constants.js';
import { holdsCprNumber, possibleFirstNames } from './pseudonyms.js';

// Shared by the API and the progression forms, so a form refuses exactly what the server refuses.

/** The issue a text holding a CPR number gets; the forms word it from `params.reason`. */
export const CPR_ISSUE = {
  message: 'This looks like a CPR number. Record children and citizens under a pseudonym or as a group',
  params: { reason: 'cpr_number' },
} as const;

/** A free text of a course: never a CPR number. */
const guardedText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !holdsCprNumber(v), CPR_ISSUE);

/** The texts checked for first names, in the order a form shows them. */
export const NAME_CHECKED_FIELDS = ['label', 'challenge', 'initiative', 'outcome', 'note'] as const;

/**
 * Warns (as a refusal the person can lift with `allowNames`) when a text holds what looks like a
 * first name: a pseudonym or a group is what belongs here.
 */
function warnOfNames(
  value: Record<string, unknown> & { allowNames?: boolean | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.allowNames) return;
  for (const field of NAME_CHECKED_FIELDS) {
    const text = value[field];
    if (typeof text !== 'string') continue;
    const names = possibleFirstNames(text);
    if (names.length)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `This may be a name (${names.join(', ')}). Use a pseudonym or a group, or confirm that it is not a name`,
        params: { reason: 'possible_name', names },
      });
  }
}

const courseFields = {
  label: guardedText(PROGRESSION_LIMITS.label).pipe(z.string().min(1, 'Required')),
  challenge: guardedText(PROGRESSION_LIMITS.text),
  initiative: guardedText(PROGRESSION_LIMITS.text),
  outcome: guardedText(PROGRESSION_LIMITS.text),
  allowNames: z.boolean().optional(),
};

export const createCourseInput = z
  .object({
    unitId: z.uuid(),
    subjectKind: z.enum(SUBJECT_KINDS),
    startedOn: dateField,
    ...courseFields,
    challenge: courseFields.challenge.optional(),
    initiative: courseFields.initiative.optional(),
    outcome: courseFields.outcome.optional(),
  })
  .superRefine(warnOfNames);
export type CreateCourseInput = z.infer<typeof createCourseInput>;

export const updateCourseInput = z
  .object({
    subjectKind: z.enum(SUBJECT_KINDS).optional(),
    startedOn: dateField.optional(),
    label: courseFields.label.optional(),
    challenge: courseFields.challenge.optional(),
    initiative: courseFields.initiative.optional(),
    outcome: courseFields.outcome.optional(),
    allowNames: z.boolean().optional(),
    version: versionField,
  })
  .superRefine(warnOfNames);
export type UpdateCourseInput = z.infer<typeof updateCourseInput>;

const areaName = z.string().trim().min(1, 'Required').max(PROGRESSION_LIMITS.areaName);

/** One day's levels for a course, one per area (areas left out are not rated that day). */
export const rateCourseInput = z
  .object({
    ratedOn: dateField,
    levels: z
      .array(z.object({ area: areaName, level: z.enum(LEVELS) }))
      .min(1, 'Rate at least one area')
      .max(PROGRESSION_LIMITS.areas)
      .refine((l) => new Set(l.map((x) => x.area)).size === l.length, 'Each area once'),
    note: guardedText(PROGRESSION_LIMITS.note).optional(),
    allowNames: z.boolean().optional(),
  })
  .superRefine(warnOfNames);
export type RateCourseInput = z.infer<typeof rateCourseInput>;

export const setAreasInput = z.object({
  areas: z
    .array(areaName.refine((v) => !holdsCprNumber(v), CPR_ISSUE))
    .max(PROGRESSION_LIMITS.areas)
    .refine((a) => new Set(a.map((x) => x.toLocaleLowerCase('da'))).size === a.length, 'Each area once'),
});
export type SetAreasInput = z.infer<typeof setAreasInput>;

export const unitQuery = z.object({ unitId: z.uuid() });
