import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { INQUIRY_FORMS } from './constants.js';

// The answers of /api/circles: declared by the routes, returned by the services, read by the screens.

const circleStatus = z.enum(['open', 'done']);
const phaseField = z.object({ phase: z.string(), field: z.string() });

/** A field's text before and after one save. */
export const fieldChange = phaseField.extend({ from: z.string(), to: z.string() });
export type FieldChange = z.infer<typeof fieldChange>;

/** A field someone else changed since the saver's base: what the saver started from, wants, and what is stored. */
export const fieldConflict = phaseField.extend({ base: z.string(), mine: z.string(), theirs: z.string() });
export type FieldConflict = z.infer<typeof fieldConflict>;

export const circle = z.object({
  id,
  form: z.enum(INQUIRY_FORMS),
  goal: z.object({ id, title: z.string() }).nullable(),
  /** A person's circle: the person whose circle it is. */
  person: ref.nullable(),
  /** A team's circle: the team whose shared work it is. */
  team: ref.nullable(),
  sequence: z.number().int(),
  previousId: id.nullable(),
  nextId: id.nullable(),
  status: circleStatus,
  deadline: day.nullable(),
  /**
   * The day of the subject's next planned 1:1 (a team's: its next team conversation), the deadline
   * a circle takes by default; null when none is planned or the circle is done.
   */
  nextMeeting: day.nullable(),
  /** Every phase of the form in order, every field present (empty when not written). */
  phases: z.array(z.object({ key: z.string(), done: z.boolean(), fields: z.record(z.string(), z.string()) })),
  currentPhase: z.string(),
  progress: z.number(),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
  finishedAt: instant.nullable(),
  collaborators: z.array(ref),
});
export type Circle = z.infer<typeof circle>;

/**
 * owner: the person whose circle it is (for a team circle: a member or a leader of its unit);
 * collaborator: a colleague invited to this circle; leader: the owner's nearest leader, who reads;
 * shared: someone the goal is shared with, who reads a finished circle.
 */
export const circleRelation = z.enum(['owner', 'collaborator', 'leader', 'shared']);
export type CircleRelation = z.infer<typeof circleRelation>;

export const circleAnswer = z.object({
  circle,
  relation: circleRelation,
  can: z.object({
    edit: z.boolean(),
    manageCollaborators: z.boolean(),
    startNext: z.boolean(),
    history: z.boolean(),
  }),
});
export type CircleAnswer = z.infer<typeof circleAnswer>;

/**
 * A save: the circle as stored now, the fields this save wrote, and the fields that collided with
 * someone else's save (not written; both versions, to choose between and save again against the
 * new version). `finished` when the save completed the circle (offer the next one).
 */
export const circleSaveAnswer = circleAnswer.extend({
  saved: z.array(phaseField),
  conflicts: z.array(fieldConflict),
  finished: z.boolean(),
});
export type CircleSaveAnswer = z.infer<typeof circleSaveAnswer>;

export const circleListItem = z.object({
  id,
  sequence: z.number().int(),
  status: circleStatus,
  currentPhase: z.string(),
  progress: z.number(),
  deadline: day.nullable(),
  updatedAt: instant,
  finishedAt: instant.nullable(),
});
export type CircleListItem = z.infer<typeof circleListItem>;

/** A goal's circles, oldest first; `can.start` while none is open. */
export const circleListAnswer = z.object({
  circles: z.array(circleListItem),
  can: z.object({ start: z.boolean() }),
});
export type CircleListAnswer = z.infer<typeof circleListAnswer>;

export const circleRevision = z.object({
  version: z.number().int(),
  at: instant,
  actor: ref.nullable(),
  fields: z.array(fieldChange),
  done: z.array(z.object({ phase: z.string(), done: z.boolean() })),
  deadline: z.object({ from: day.nullable(), to: day.nullable() }).nullable(),
});
export type CircleRevision = z.infer<typeof circleRevision>;

/** Every save, newest first. */
export const circleHistoryAnswer = z.object({ revisions: z.array(circleRevision) });
export type CircleHistoryAnswer = z.infer<typeof circleHistoryAnswer>;

export const collaboratorsAnswer = z.object({ collaborators: z.array(ref) });
export type CollaboratorsAnswer = z.infer<typeof collaboratorsAnswer>;

/** A goal's latest circle as other answers embed it (the overview, a conversation, a team's page). */
export const circleState = z.object({
  circleId: id,
  phase: z.string(),
  progress: z.number(),
  deadline: day.nullable(),
  status: circleStatus,
});
export type CircleState = z.infer<typeof circleState>;

/** An inquiry of another module's form (a trial action, a data work), as that module embeds it. */
export const inquiryView = z.object({
  id,
  form: z.enum(INQUIRY_FORMS),
  phases: z.array(z.object({ key: z.string(), done: z.boolean(), fields: z.record(z.string(), z.string()) })),
  currentPhase: z.string(),
  progress: z.number(),
  version: z.number().int(),
  updatedAt: instant,
});
export type InquiryView = z.infer<typeof inquiryView>;
