import { z } from 'zod';
import { dateField } from '../../shared/fields.js';
import { CULTURE_LIMITS, CULTURE_SCALE } from './constants.js';

// What /api/learning-culture accepts; shared with the form.

export const subjectQuery = z.object({
  /** A team's trend; without it, the actor's own. */
  teamId: z.uuid().optional(),
  /** A leader reads the trend someone they lead shared with them. */
  personId: z.uuid().optional(),
});
export type SubjectQuery = z.infer<typeof subjectQuery>;

export const takeAssessmentInput = z.object({
  teamId: z.uuid().optional(),
  /** Not in the future (checked against Copenhagen's today by the service). */
  takenOn: dateField,
  scores: z.array(
    z
      .number({ error: 'A whole number from 1 to 5' })
      .int('A whole number from 1 to 5')
      .min(CULTURE_SCALE.min, 'A whole number from 1 to 5')
      .max(CULTURE_SCALE.max, 'A whole number from 1 to 5'),
  ),
  note: z.string().trim().max(CULTURE_LIMITS.note).default(''),
  clientKey: z.string().min(8).max(CULTURE_LIMITS.clientKey),
});
export type TakeAssessmentInput = z.infer<typeof takeAssessmentInput>;

export const shareInput = z.object({ teamId: z.uuid().optional(), shared: z.boolean() });
export type ShareInput = z.infer<typeof shareInput>;
