import { z } from 'zod';
import { FORMS } from './forms/index.js';
import { dateField, versionField } from '../../shared/fields.js';

// Shared by the API and the circle screens, so the page never sends what the server refuses.

import type { FormDefinition } from './forms/types.js';

const form = FORMS.learning_circle;

/** The limits of one field of a form (the learning circle unless named), or undefined for an unknown phase or field. */
export function fieldLimit(phase: string, field: string, of: FormDefinition = form): number | undefined {
  return of.phases.find((p) => p.key === phase)?.fields.find((f) => f.key === field)?.maxLength;
}

const key = z.string().min(1).max(60);
const longestOf = (of: FormDefinition) =>
  Math.max(...of.phases.flatMap((p) => p.fields.map((f) => f.maxLength)));

const fieldChangeOf = (of: FormDefinition) =>
  z.object({
    phase: key,
    field: key,
    from: z.string().max(longestOf(of)),
    to: z.string().max(longestOf(of)),
  });
export const fieldChange = fieldChangeOf(form);
export const doneChange = z.object({ phase: key, done: z.boolean() });

type SaveShape = { changes: { phase: string; field: string; to: string }[]; done: { phase: string }[] };

/**
 * Checks a save against its form: unknown phases or fields and text over a field's limit are
 * refused with the path of the field (`changes.0.to`) and the field's name in the message
 * (`plan.theme`).
 */
const checkAgainst = (of: FormDefinition) => (v: SaveShape, ctx: z.RefinementCtx) => {
  const phaseKeys = of.phases.map((p) => p.key);
  v.changes.forEach((c, i) => {
    const max = fieldLimit(c.phase, c.field, of);
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
};

const saveShape = (of: FormDefinition) => ({
  baseVersion: versionField,
  changes: z.array(fieldChangeOf(of)).max(100).default([]),
  done: z.array(doneChange).max(of.phases.length).default([]),
});

/**
 * A save of a learning circle: the fields changed with the value each started from, phases
 * marked (un)done and the deadline.
 */
export const saveCircleInput = z
  .object({ ...saveShape(form), deadline: dateField.nullable().optional() })
  .superRefine(checkAgainst(form));

/** A save of any other form's inquiry (another module's: a trial action, a data work): fields and phases. */
export const inquirySaveInput = (of: FormDefinition) => z.object(saveShape(of)).superRefine(checkAgainst(of));
export type InquirySaveInput = z.infer<ReturnType<typeof inquirySaveInput>>;
export type SaveCircleInput = z.infer<typeof saveCircleInput>;

export const createCircleInput = z.object({ goalId: z.uuid() });
export type CreateCircleInput = z.infer<typeof createCircleInput>;

export const listCirclesQuery = z.object({ goalId: z.uuid() });

export const collaboratorInput = z.object({ personId: z.uuid() });
export type CollaboratorInput = z.infer<typeof collaboratorInput>;
