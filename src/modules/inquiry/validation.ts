import { z } from 'zod';
import { FORMS } from './forms/index.js';
import { dateField, versionField } from '../../shared/fields.js';

// Shared by the API and the circle screens, so the page never sends what the server refuses.

const form = FORMS.learning_circle;
const longest = Math.max(...form.phases.flatMap((p) => p.fields.map((f) => f.maxLength)));
const phaseKeys = form.phases.map((p) => p.key);

/** The limits of one field of the learning circle, or undefined for an unknown phase or field. */
export function fieldLimit(phase: string, field: string): number | undefined {
  return form.phases.find((p) => p.key === phase)?.fields.find((f) => f.key === field)?.maxLength;
}

const key = z.string().min(1).max(60);

export const fieldChange = z.object({
  phase: key,
  field: key,
  from: z.string().max(longest),
  to: z.string().max(longest),
});
export const doneChange = z.object({ phase: key, done: z.boolean() });

/**
 * A save: the fields changed with the value each started from, phases marked (un)done and the
 * deadline. Unknown phases or fields and text over a field's limit are refused with the path
 * of the field (`changes.0.to`) and the field's name in the message (`plan.theme`).
 */
export const saveCircleInput = z
  .object({
    baseVersion: versionField,
    changes: z.array(fieldChange).max(100).default([]),
    done: z.array(doneChange).max(phaseKeys.length).default([]),
    deadline: dateField.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    v.changes.forEach((c, i) => {
      const max = fieldLimit(c.phase, c.field);
      if (max === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'field'],
          message: `Unknown field ${c.phase}.${c.field}`,
        });
      } else if (c.to.length > max) {
        ctx.addIssue({
          code: 'too_big',
          origin: 'string',
          maximum: max,
          inclusive: true,
          path: ['changes', i, 'to'],
          message: `${c.phase}.${c.field} is longer than ${max} characters`,
        });
      }
    });
    v.done.forEach((d, i) => {
      if (!phaseKeys.includes(d.phase))
        ctx.addIssue({ code: 'custom', path: ['done', i, 'phase'], message: `Unknown phase ${d.phase}` });
    });
  });
export type SaveCircleInput = z.infer<typeof saveCircleInput>;

export const createCircleInput = z.object({ goalId: z.uuid() });
export type CreateCircleInput = z.infer<typeof createCircleInput>;

export const listCirclesQuery = z.object({ goalId: z.uuid() });

export const collaboratorInput = z.object({ personId: z.uuid() });
export type CollaboratorInput = z.infer<typeof collaboratorInput>;
