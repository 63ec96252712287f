import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { dateField, versionField, versionFromZeroField } from '../../shared/fields.js';
import { FORMAT_IDS } from './content/formats.js';
import { EXAMPLE_INITIATIVES } from './content/cases.js';
import {
  ANCHORING_KINDS,
  CURRENT_LEVELS,
  FORMAT_SUITS,
  INITIATIVE_CAPS,
  INITIATIVE_STATUSES,
  TARGET_LEVELS,
  TEMPI,
} from './constants.js';
import { INITIATIVE_PHASES, initiativeField } from './form.js';

// Shared by the API and the initiative screens, so a form never accepts what the server refuses.

export const COMPETENCE_LIMITS = {
  title: LIMITS.shortText,
  proposedGoal: LIMITS.shortText,
  why: LIMITS.description,
  planText: 500,
  people: LIMITS.shortText,
  formatsPerLine: 5,
  courseText: LIMITS.description,
  formatName: 120,
  formatDescription: 1000,
} as const;

const longest = Math.max(...INITIATIVE_PHASES.flatMap((p) => p.fields.map((f) => f.maxLength)));
const key = z.string().min(1).max(60);
const title = z.string().trim().min(1, 'Required').max(COMPETENCE_LIMITS.title);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const createInitiativeInput = z.object({
  unitId: z.uuid(),
  title,
  /** Start from one of the guide's worked cases: its texts are copied in, in the leader's language. */
  caseKey: z.enum(EXAMPLE_INITIATIVES.map((c) => c.key) as [string, ...string[]]).optional(),
});
export type CreateInitiativeInput = z.infer<typeof createInitiativeInput>;

export const listInitiativesQuery = z.object({ unitId: z.uuid().optional() });

const fieldChange = z.object({
  phase: key,
  field: key,
  from: z.string().max(longest),
  to: z.string().max(longest),
});

/** Whether a value fits its field: a test is '', 'yes' or 'no'; a date is '' or a real day. */
function fieldProblem(phase: string, field: string, value: string): string | null {
  const def = initiativeField(phase, field);
  if (!def) return `Unknown field ${phase}.${field}`;
  if (value.length > def.maxLength) return `${phase}.${field} is longer than ${def.maxLength} characters`;
  if (def.type === 'test' && !['', 'yes', 'no'].includes(value))
    return `${phase}.${field} is yes, no or empty`;
  if (def.type === 'date' && value !== '' && !dateField.safeParse(value).success)
    return `${phase}.${field} is a date (YYYY-MM-DD) between 1900 and 2200`;
  return null;
}

/**
 * A save of the initiative's texts: each changed field with the value it started from, merged by
 * the inquiry engine (a field someone else changed meanwhile comes back as a conflict).
 */
export const saveInitiativeInput = z
  .object({
    baseVersion: versionField,
    changes: z.array(fieldChange).max(100).default([]),
    title: z.object({ from: z.string().max(COMPETENCE_LIMITS.title), to: title }).optional(),
  })
  .superRefine((v, ctx) => {
    v.changes.forEach((c, i) => {
      const problem = fieldProblem(c.phase, c.field, c.to);
      if (problem) ctx.addIssue({ code: 'custom', path: ['changes', i, 'to'], message: problem });
    });
  });
export type SaveInitiativeInput = z.infer<typeof saveInitiativeInput>;

export const statusInput = z.object({ to: z.enum(INITIATIVE_STATUSES) });
export type StatusInput = z.infer<typeof statusInput>;

export const frameItemsInput = z.object({
  frameItemIds: z.array(z.uuid()).max(INITIATIVE_CAPS.frameItems),
});
export type FrameItemsInput = z.infer<typeof frameItemsInput>;

export const participantFields = z.object({
  currentLevel: z.enum(CURRENT_LEVELS),
  targetLevel: z.enum(TARGET_LEVELS),
  /** The learning goal proposed for the participant's MUP; empty proposes none. */
  proposedGoal: optionalText(COMPETENCE_LIMITS.proposedGoal),
});
export const addParticipantInput = participantFields.extend({ personId: z.uuid() });
export type AddParticipantInput = z.infer<typeof addParticipantInput>;
export const updateParticipantInput = participantFields.partial().extend({ version: versionField });
export type UpdateParticipantInput = z.infer<typeof updateParticipantInput>;

/** The participant's answer to the proposed goal: take it, take it in their own words, or say no. */
export const decideProposalInput = z
  .object({
    decision: z.enum(['accept', 'rewrite', 'decline']),
    title: title.optional(),
    why: optionalText(COMPETENCE_LIMITS.why),
    putAsideGoalId: z.uuid().optional(),
    putAsideReason: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.decision !== 'rewrite' || Boolean(v.title), {
    message: 'Write the goal in your own words',
    path: ['title'],
  })
  .refine((v) => !v.putAsideGoalId || Boolean(v.putAsideReason?.trim()), {
    message: 'Say briefly why the other goal is put aside',
    path: ['putAsideReason'],
  });
export type DecideProposalInput = z.infer<typeof decideProposalInput>;

const planLineFields = z.object({
  text: z.string().trim().min(1, 'Required').max(COMPETENCE_LIMITS.planText),
  formats: z.array(z.enum(FORMAT_IDS)).max(COMPETENCE_LIMITS.formatsPerLine).default([]),
  people: optionalText(COMPETENCE_LIMITS.people),
  ownerId: z.uuid().nullable().optional(),
  startsOn: dateField.nullable().optional(),
  endsOn: dateField.nullable().optional(),
});
const endsAfterStart = (v: { startsOn?: string | null; endsOn?: string | null }) =>
  !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn;
const endsIssue = { message: 'The end date is before the start date', path: ['endsOn'] };

/** A step of the training track (a tempo) or an arrangement in the everyday (an anchoring kind). */
export const planLineInput = z
  .discriminatedUnion('kind', [
    planLineFields.extend({ kind: z.literal('track'), phase: z.enum(TEMPI) }),
    planLineFields.extend({ kind: z.literal('anchor'), phase: z.enum(ANCHORING_KINDS) }),
  ])
  .refine(endsAfterStart, endsIssue);
export type PlanLineInput = z.infer<typeof planLineInput>;
export const updatePlanLineInput = planLineFields
  .partial()
  .extend({ version: versionField, done: z.boolean().optional() })
  .refine(endsAfterStart, endsIssue);
export type UpdatePlanLineInput = z.infer<typeof updatePlanLineInput>;

/** A course around which transfer is planned; the follow-up defaults to a month after it. */
export const courseInput = z
  .object({
    personId: z.uuid(),
    title,
    courseOn: dateField,
    beforeOn: dateField.optional(),
    followUpOn: dateField.optional(),
    expectations: optionalText(COMPETENCE_LIMITS.courseText),
    commitment: optionalText(COMPETENCE_LIMITS.courseText),
  })
  .refine((v) => !v.beforeOn || v.beforeOn <= v.courseOn, {
    message: 'The conversation before is on or before the course',
    path: ['beforeOn'],
  })
  .refine((v) => !v.followUpOn || v.followUpOn >= v.courseOn, {
    message: 'The follow-up is on or after the course',
    path: ['followUpOn'],
  });
export type CourseInput = z.infer<typeof courseInput>;

export const updateCourseInput = z.object({
  version: versionField,
  expectations: optionalText(COMPETENCE_LIMITS.courseText),
  commitment: optionalText(COMPETENCE_LIMITS.courseText),
  application: optionalText(COMPETENCE_LIMITS.courseText),
  followUp: optionalText(COMPETENCE_LIMITS.courseText),
  followedUp: z.boolean().optional(),
});
export type UpdateCourseInput = z.infer<typeof updateCourseInput>;

const localized = (max: number) =>
  z.object({
    da: z.string().trim().min(1, 'Required').max(max),
    en: z.string().trim().min(1, 'Required').max(max),
  });

/** An organisation's version of a built-in format; version 0 edits the built-in one for the first time. */
export const formatInput = z.object({
  version: versionFromZeroField,
  name: localized(COMPETENCE_LIMITS.formatName),
  description: localized(COMPETENCE_LIMITS.formatDescription),
  suits: z.array(z.enum(FORMAT_SUITS)).min(1).max(FORMAT_SUITS.length),
  hidden: z.boolean(),
});
export type FormatInput = z.infer<typeof formatInput>;

/**
 * A course moved to another day. The conversations before and after move with it, keeping their
 * distance to the course, unless new days are given for them too.
 */
export const moveCourseInput = z
  .object({
    version: versionField,
    courseOn: dateField,
    beforeOn: dateField.optional(),
    followUpOn: dateField.optional(),
  })
  .refine((v) => !v.beforeOn || v.beforeOn <= v.courseOn, {
    message: 'The conversation before is on or before the course',
    path: ['beforeOn'],
  })
  .refine((v) => !v.followUpOn || v.followUpOn >= v.courseOn, {
    message: 'The follow-up is on or after the course',
    path: ['followUpOn'],
  });
export type MoveCourseInput = z.infer<typeof moveCourseInput>;
