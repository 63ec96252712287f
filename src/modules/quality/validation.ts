import { z } from 'zod';
import { dateField } from '../../shared/fields.js';
import {
  MEASURE_DIRECTIONS,
  MEASURE_FREQUENCIES,
  MEASURE_KINDS,
  QUALITY_LIMITS as L,
  QUALITY_ROLES,
  TRIAL_CONCLUSIONS,
  TRIAL_OUTCOMES,
} from './constants.js';

// Shared by the API and the quality screens, so a form never sends what the server refuses.

const title = z.string().trim().min(1).max(L.title);
const description = z.string().trim().max(L.description).default('');

export const qualityRoleField = z.enum(QUALITY_ROLES);

export const createQualityTeamInput = z
  .object({
    unitId: z.uuid(),
    name: z.string().trim().min(1).max(L.name),
    roles: z
      .array(z.object({ personId: z.uuid(), role: qualityRoleField }))
      .min(1)
      .max(50),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.roles.forEach((r, i) => {
      if (seen.has(r.personId))
        ctx.addIssue({ code: 'custom', path: ['roles', i, 'personId'], message: 'One role per person' });
      seen.add(r.personId);
    });
  });
export type CreateQualityTeamInput = z.infer<typeof createQualityTeamInput>;

/** Gives a person a role on the team, or (role null) takes them off it. */
export const setRoleInput = z.object({ personId: z.uuid(), role: qualityRoleField.nullable() });
export type SetRoleInput = z.infer<typeof setRoleInput>;

export const workItemInput = z.object({ title, description });
export type WorkItemInput = z.infer<typeof workItemInput>;

export const createTrialInput = z.object({
  title,
  startedOn: dateField,
  measureId: z.uuid().nullable().default(null),
});
export type CreateTrialInput = z.infer<typeof createTrialInput>;

/** A trial's result: what the data showed and what the team decided. */
export const concludeTrialInput = z.object({
  outcome: z.enum(TRIAL_OUTCOMES),
  conclusion: z.enum(TRIAL_CONCLUSIONS),
  /**
   * The conclusion the client saw (null: none yet). When given and someone else concluded
   * differently meanwhile, the save is a 409 instead of overwriting theirs unseen.
   */
  seen: z
    .object({ outcome: z.enum(TRIAL_OUTCOMES), conclusion: z.enum(TRIAL_CONCLUSIONS) })
    .nullable()
    .optional(),
});
export type ConcludeTrialInput = z.infer<typeof concludeTrialInput>;

const bound = z.number().finite().min(-1_000_000).max(1_000_000);

export const createMeasureInput = z
  .object({
    name: z.string().trim().min(1).max(L.name),
    description,
    kind: z.enum(MEASURE_KINDS),
    unit: z.string().trim().min(1).max(L.unit),
    frequency: z.enum(MEASURE_FREQUENCIES),
    recorder: z.string().trim().min(1).max(L.recorder),
    direction: z.enum(MEASURE_DIRECTIONS),
    minValue: bound,
    maxValue: bound,
  })
  .superRefine((v, ctx) => {
    if (v.maxValue <= v.minValue)
      ctx.addIssue({
        code: 'custom',
        path: ['maxValue'],
        message: 'The highest value must be above the lowest',
      });
    if (v.kind === 'count' && (v.minValue < 0 || !Number.isInteger(v.minValue)))
      ctx.addIssue({
        code: 'custom',
        path: ['minValue'],
        message: 'A count starts at a whole number from 0',
      });
  });
export type CreateMeasureInput = z.infer<typeof createMeasureInput>;

/**
 * One value as a phone sends it. `clientKey` is made once per entry on the device, so the same
 * entry sent twice (a double tap, a retry) is recorded once. The measure's range, whole numbers
 * for a count and no future date are checked by the service, against the measure.
 */
export const recordPointInput = z.object({
  on: dateField,
  value: z.number().finite(),
  clientKey: z.string().trim().min(8).max(L.clientKey),
});
export type RecordPointInput = z.infer<typeof recordPointInput>;

export const measureChangeInput = z.object({
  on: dateField,
  label: z.string().trim().min(1).max(L.label),
  startsPhase: z.boolean().default(false),
});
export type MeasureChangeInput = z.infer<typeof measureChangeInput>;

/** Freeze the median to the first `points` points (null: let it follow all points). */
export const baselineInput = z.object({ points: z.number().int().min(1).max(1000).nullable() });
export type BaselineInput = z.infer<typeof baselineInput>;

export const createDataWorkInput = z.object({ title, measureIds: z.array(z.uuid()).max(20).default([]) });
export type CreateDataWorkInput = z.infer<typeof createDataWorkInput>;
