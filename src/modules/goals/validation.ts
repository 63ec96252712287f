import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { GOAL_SOURCES, GOAL_STATUSES } from './constants.js';
import { versionField } from '../../shared/fields.js';

// Shared by the API and the goal forms, so a form never accepts what the server refuses.

export const GOAL_LIMITS = {
  title: LIMITS.shortText,
  why: LIMITS.description,
  progressSigns: LIMITS.description,
  /** "A short reason": a sentence or two. */
  reason: 500,
} as const;

const blankToNull = (v: string) => (v === '' ? null : v);
const optionalText = (max: number) => z.string().trim().max(max).transform(blankToNull).nullable().optional();
const reasonField = z.string().trim().max(GOAL_LIMITS.reason);

export const goalSource = z.enum(GOAL_SOURCES);
export const goalStatus = z.enum(GOAL_STATUSES);

/** The fields a person writes; the create and edit forms use exactly these. */
export const goalFields = z.object({
  title: z.string().trim().min(1, 'Required').max(GOAL_LIMITS.title),
  why: optionalText(GOAL_LIMITS.why),
  progressSigns: optionalText(GOAL_LIMITS.progressSigns),
  source: goalSource,
  /** An item of a frame in force for the person; null when the goal stands outside the frame. */
  frameItemId: z.uuid().nullable().optional(),
});
export type GoalFields = z.infer<typeof goalFields>;

const putAsideNeedsReason = (v: {
  putAsideGoalId?: string | undefined;
  putAsideReason?: string | undefined;
}) => !v.putAsideGoalId || Boolean(v.putAsideReason?.trim());
const putAsideIssue = { message: 'Say briefly why the other goal is put aside', path: ['putAsideReason'] };

/**
 * A new goal is in focus. With two in focus already, the client names the one to put aside
 * (and why); both happen in one transaction.
 */
export const createGoalInput = goalFields
  .extend({
    source: goalSource.default('practice'),
    putAsideGoalId: z.uuid().optional(),
    putAsideReason: reasonField.optional(),
    /** A team goal: the team's members and leaders write it; it stands outside personal frames. */
    teamId: z.uuid().optional(),
  })
  .refine(putAsideNeedsReason, putAsideIssue)
  .refine((v) => !v.teamId || !v.frameItemId, {
    message: 'A team goal is not linked to a personal frame',
    path: ['frameItemId'],
  });
export type CreateGoalInput = z.infer<typeof createGoalInput>;

export const updateGoalInput = goalFields.partial().extend({ version: versionField });
export type UpdateGoalInput = z.infer<typeof updateGoalInput>;

/** Achieving or putting aside needs a short reason; returning to focus may give one. */
export const changeStatusInput = z
  .object({
    status: goalStatus,
    reason: reasonField.optional(),
    putAsideGoalId: z.uuid().optional(),
    putAsideReason: reasonField.optional(),
    version: versionField.optional(),
  })
  .refine((v) => v.status === 'in_focus' || Boolean(v.reason?.trim()), {
    message: 'Say briefly why',
    path: ['reason'],
  })
  .refine(putAsideNeedsReason, putAsideIssue);
export type ChangeStatusInput = z.infer<typeof changeStatusInput>;

/** The status dialog's form: the reason alone, required when it is asked for. */
export const statusReasonForm = z.object({ reason: reasonField.min(1, 'Required') });

export const shareGoalInput = z
  .object({ personId: z.uuid().optional(), teamId: z.uuid().optional() })
  .refine((v) => (v.personId === undefined) !== (v.teamId === undefined), {
    message: 'Share with one person or one team',
    path: ['personId'],
  });
export type ShareGoalInput = z.infer<typeof shareGoalInput>;

export const listGoalsQuery = z.object({ personId: z.uuid().optional() });
export type ListGoalsQuery = z.infer<typeof listGoalsQuery>;
