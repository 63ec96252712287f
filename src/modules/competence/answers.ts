import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import {
  CURRENT_LEVELS,
  FORMAT_SUITS,
  INITIATIVE_STATUSES,
  PLAN_KINDS,
  PROPOSAL_STATUSES,
  TARGET_LEVELS,
} from './constants.js';
import { TASK_TEST_KEYS } from './content/fields.js';

// The answers of /api/initiatives and /api/learning-formats: declared by the routes, returned by
// the services, read by the screens.

/** How the actor stands to an initiative: maintains it, takes part, or leads a participant. */
export const initiativeRelation = z.enum(['owner', 'participant', 'leader']);
export type InitiativeRelation = z.infer<typeof initiativeRelation>;

export const participant = z.object({
  id,
  person: ref,
  currentLevel: z.enum(CURRENT_LEVELS),
  targetLevel: z.enum(TARGET_LEVELS),
  proposedGoal: z.string().nullable(),
  proposalStatus: z.enum(PROPOSAL_STATUSES).nullable(),
  /** The goal in the participant's MUP, once they accepted or rewrote the proposal. */
  goalId: id.nullable(),
  version: z.number().int(),
});
export type Participant = z.infer<typeof participant>;

export const planLine = z.object({
  id,
  kind: z.enum(PLAN_KINDS),
  phase: z.string(),
  text: z.string(),
  formats: z.array(z.string()),
  people: z.string().nullable(),
  owner: ref.nullable(),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  done: z.boolean(),
  version: z.number().int(),
});
export type PlanLine = z.infer<typeof planLine>;

export const course = z.object({
  id,
  person: ref,
  title: z.string(),
  courseOn: day,
  beforeOn: day,
  followUpOn: day,
  expectations: z.string().nullable(),
  commitment: z.string().nullable(),
  application: z.string().nullable(),
  followUp: z.string().nullable(),
  followedUpAt: instant.nullable(),
  /** The follow-up date has passed and no follow-up is recorded. */
  followUpMissing: z.boolean(),
  version: z.number().int(),
});
export type Course = z.infer<typeof course>;

export const linkedFrameItem = z.object({ id, title: z.string(), kind: z.string() });

export const initiative = z.object({
  id,
  title: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  unit: ref,
  owner: ref.nullable(),
  caseKey: z.string().nullable(),
  /** The five fields and the impact map: per phase, its fields' text. */
  fields: z.record(z.string(), z.record(z.string(), z.string())),
  /** The guide's tests of a task answered "no": the task fails these. */
  failingTests: z.array(z.enum(TASK_TEST_KEYS)),
  frameItems: z.array(linkedFrameItem),
  planLines: z.array(planLine),
  /** The participants the actor may see: all for an owner, oneself or those one leads otherwise. */
  participants: z.array(participant),
  participantCount: z.number().int(),
  courses: z.array(course),
  version: z.number().int(),
  updatedAt: instant,
  relation: initiativeRelation,
  can: z.object({ edit: z.boolean() }),
});
export type Initiative = z.infer<typeof initiative>;

export const initiativeAnswer = z.object({ initiative });
export type InitiativeAnswer = z.infer<typeof initiativeAnswer>;

export const fieldConflict = z.object({
  phase: z.string(),
  field: z.string(),
  base: z.string(),
  mine: z.string(),
  theirs: z.string(),
});
export type FieldConflict = z.infer<typeof fieldConflict>;

/** A save: what was saved, and the fields someone else changed meanwhile (left as they were). */
export const initiativeSaveAnswer = initiativeAnswer.extend({
  saved: z.array(z.object({ phase: z.string(), field: z.string() })),
  conflicts: z.array(fieldConflict),
});
export type InitiativeSaveAnswer = z.infer<typeof initiativeSaveAnswer>;

export const initiativeSummary = z.object({
  id,
  title: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  unit: ref,
  relation: initiativeRelation,
  participantCount: z.number().int(),
  /** The actor's own levels, when they take part. */
  mine: z
    .object({
      currentLevel: z.enum(CURRENT_LEVELS),
      targetLevel: z.enum(TARGET_LEVELS),
      proposalStatus: z.enum(PROPOSAL_STATUSES).nullable(),
    })
    .nullable(),
  /** The next dated step of the plan not yet done, if any. */
  nextStep: z.object({ text: z.string(), on: day.nullable() }).nullable(),
  /** Courses around it whose follow-up date passed without a follow-up (owners and leaders only). */
  missingFollowUps: z.number().int(),
  updatedAt: instant,
});
export type InitiativeSummary = z.infer<typeof initiativeSummary>;

export const initiativeListAnswer = z.object({
  initiatives: z.array(initiativeSummary),
  /** The units the actor may start an initiative for. */
  units: z.array(ref),
});
export type InitiativeListAnswer = z.infer<typeof initiativeListAnswer>;

export const historyAnswer = z.object({
  events: z.array(
    z.object({
      version: z.number().int(),
      actor: ref.nullable(),
      at: instant,
      fields: z.array(z.string()),
      title: z.object({ from: z.string(), to: z.string() }).nullable(),
      status: z.object({ from: z.string(), to: z.string() }).nullable(),
    }),
  ),
});
export type HistoryAnswer = z.infer<typeof historyAnswer>;

export const frameItemChoicesAnswer = z.object({
  items: z.array(linkedFrameItem.extend({ frameTitle: z.string() })),
});
export type FrameItemChoicesAnswer = z.infer<typeof frameItemChoicesAnswer>;

const localized = z.object({ da: z.string(), en: z.string() });
export const learningFormat = z.object({
  key: z.string(),
  name: localized,
  description: localized,
  suits: z.array(z.enum(FORMAT_SUITS)),
  hidden: z.boolean(),
  /** Whether the organisation changed the built-in text. */
  edited: z.boolean(),
  version: z.number().int(),
});
export type LearningFormatAnswer = z.infer<typeof learningFormat>;
export const formatListAnswer = z.object({
  formats: z.array(learningFormat),
  can: z.object({ edit: z.boolean() }),
});
export type FormatListAnswer = z.infer<typeof formatListAnswer>;
export const formatAnswer = z.object({ format: learningFormat });

/** Where a person meets their initiatives: start page, development page, year summary. */
export const myInitiativesAnswer = z.object({ initiatives: z.array(initiativeSummary) });
export type MyInitiativesAnswer = z.infer<typeof myInitiativesAnswer>;

export const participantAnswer = z.object({ participant });
export const planLineAnswer = z.object({ planLine });
export const courseAnswer = z.object({ course });
