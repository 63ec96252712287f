import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { ACTION_STATUSES, LEVER_KEYS } from './constants.js';
import { dateField, versionField } from '../../shared/fields.js';

// Shared by the API and the lever forms, so a form never accepts what the server refuses.

export const LEVER_LIMITS = {
  title: LIMITS.shortText,
  aim: 1000,
  actionText: 500,
  followUp: 1000,
  /** A plan holds each of the 12 levers at most once. */
  levers: LEVER_KEYS.length,
  actionsPerPlan: 100,
} as const;

const blankToNull = (v: string) => (v === '' ? null : v);
const optionalText = (max: number) => z.string().trim().max(max).transform(blankToNull).nullable().optional();

export const leverKey = z.enum(LEVER_KEYS);

const periodInOrder = (v: { periodStart?: string | undefined; periodEnd?: string | undefined }) =>
  !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd;
const periodIssue = { message: 'The period ends before it starts', path: ['periodEnd'] };

export const createPlanInput = z
  .object({
    unitId: z.uuid().optional(),
    teamId: z.uuid().optional(),
    title: z.string().trim().min(1, 'Required').max(LEVER_LIMITS.title),
    periodStart: dateField,
    periodEnd: dateField,
    levers: z
      .array(leverKey)
      .max(LEVER_LIMITS.levers)
      .refine((l) => new Set(l).size === l.length, 'Each lever once')
      .optional(),
  })
  .refine(periodInOrder, periodIssue)
  .refine((v) => Boolean(v.unitId) !== Boolean(v.teamId), {
    message: 'Either a unit or a team',
    path: ['unitId'],
  });
export type CreatePlanInput = z.infer<typeof createPlanInput>;

export const updatePlanInput = z
  .object({
    title: z.string().trim().min(1, 'Required').max(LEVER_LIMITS.title).optional(),
    periodStart: dateField.optional(),
    periodEnd: dateField.optional(),
    version: versionField,
  })
  .refine(periodInOrder, periodIssue);
export type UpdatePlanInput = z.infer<typeof updatePlanInput>;

export const addLeverInput = z.object({ lever: leverKey, aim: optionalText(LEVER_LIMITS.aim) });
export type AddLeverInput = z.infer<typeof addLeverInput>;

export const createActionInput = z.object({
  planLeverId: z.uuid(),
  text: z.string().trim().min(1, 'Required').max(LEVER_LIMITS.actionText),
  ownerId: z.uuid(),
  dueDate: dateField,
});
export type CreateActionInput = z.infer<typeof createActionInput>;

/**
 * An edit of an action against the version the client read. The owner may only follow up
 * (status and note); the plan's editors may change everything.
 */
export const updateActionInput = z.object({
  text: z.string().trim().min(1, 'Required').max(LEVER_LIMITS.actionText).optional(),
  ownerId: z.uuid().optional(),
  dueDate: dateField.optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  followUp: optionalText(LEVER_LIMITS.followUp),
  version: versionField,
});
export type UpdateActionInput = z.infer<typeof updateActionInput>;

export const listPlansQuery = z.object({ unitId: z.uuid().optional(), teamId: z.uuid().optional() });
export type ListPlansQuery = z.infer<typeof listPlansQuery>;
