import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { BELOW_REQUIRED, LICENCE_LEVELS, LICENCE_STATUSES, REVIEW_DECISIONS } from './constants.js';

// The answers of /api/licence-*, /api/practice-reviews and /api/licences: declared by the routes,
// returned by the services, read by the licence screens.

const level = z.enum(LICENCE_LEVELS);

export const licenceDefinition = z.object({
  id,
  unit: ref,
  initiativeId: id.nullable(),
  /** The competence initiative behind the licence: its id and title. */
  initiative: ref.nullable(),
  task: z.string(),
  description: z.string().nullable(),
  meanings: z.object({ C: z.string(), B: z.string(), A: z.string() }),
  requiredLevel: level.nullable(),
  belowRequired: z.enum(BELOW_REQUIRED),
  neededHolders: z.number().int().nullable(),
  validityMonths: z.number().int().nullable(),
  version: z.number().int(),
  /** edit: leaders of the unit or above, and HR; review: the unit's reviewers (policy/task-reviewers.ts). */
  can: z.object({ edit: z.boolean(), review: z.boolean() }),
});
export type LicenceDefinition = z.infer<typeof licenceDefinition>;

export const definitionAnswer = z.object({ definition: licenceDefinition });
export type DefinitionAnswer = z.infer<typeof definitionAnswer>;

/** A review as listed: no notes, only who, when and the outcome. */
export const listedReview = z.object({
  id,
  person: ref,
  reviewer: ref,
  startsAt: instant,
  decision: z.enum(REVIEW_DECISIONS).nullable(),
  level: level.nullable(),
});
export type ListedReview = z.infer<typeof listedReview>;

export const definitionDetailAnswer = z.object({
  definition: licenceDefinition,
  /** Reviews the actor may open: their own, those they hold, those of people they lead nearest. */
  reviews: z.array(listedReview),
  /** For reviewers: the people who can be reviewed, and who else may review. */
  people: z.array(ref),
  reviewers: z.array(ref),
});
export type DefinitionDetailAnswer = z.infer<typeof definitionDetailAnswer>;

export const definitionListAnswer = z.object({
  definitions: z.array(licenceDefinition),
  /** Units the actor may define licences for. */
  units: z.array(ref),
  /** Units whose licence board the actor may see. */
  boards: z.array(ref),
});
export type DefinitionListAnswer = z.infer<typeof definitionListAnswer>;

export const practiceReview = z.object({
  id,
  definition: z.object({ id, task: z.string(), unit: ref, meanings: licenceDefinition.shape.meanings }),
  person: ref,
  reviewer: ref,
  startsAt: instant,
  focus: z.string(),
  observed: z.string().nullable(),
  decision: z.enum(REVIEW_DECISIONS).nullable(),
  level: level.nullable(),
  reason: z.string().nullable(),
  nextSteps: z.string().nullable(),
  decidedAt: instant.nullable(),
  /** The licence this review granted (or renewed). */
  licence: z.object({ id, level, issuedOn: day, expiresOn: day.nullable() }).nullable(),
  can: z.object({ decide: z.boolean() }),
});
export type PracticeReview = z.infer<typeof practiceReview>;

export const reviewAnswer = z.object({ review: practiceReview });
export type ReviewAnswer = z.infer<typeof reviewAnswer>;

export const heldLicence = z.object({
  id,
  definition: z.object({ id, task: z.string(), unit: ref }),
  level,
  issuedOn: day,
  expiresOn: day.nullable(),
  status: z.enum(LICENCE_STATUSES),
});
export type HeldLicence = z.infer<typeof heldLicence>;

export const personLicencesAnswer = z.object({
  licences: z.array(heldLicence),
  /** Licences granted in the year asked about (the year summary), newest first. */
  gained: z.array(z.object({ reviewId: id, task: z.string(), level, decidedOn: day })),
});
export type PersonLicencesAnswer = z.infer<typeof personLicencesAnswer>;

const boardCell = z.object({
  definitionId: id,
  level: level.nullable(),
  expiresOn: day.nullable(),
  status: z.enum(LICENCE_STATUSES).nullable(),
  assigned: z.boolean(),
});

export const boardAnswer = z.object({
  unit: ref,
  today: day,
  definitions: z.array(
    licenceDefinition
      .pick({
        id: true,
        task: true,
        initiative: true,
        requiredLevel: true,
        belowRequired: true,
        neededHolders: true,
      })
      .extend({
        /** Valid holders at the required level (or any level, where none is required). */
        holders: z.number().int(),
        /** How many more the department needs: neededHolders − holders, at least 0. */
        short: z.number().int(),
      }),
  ),
  people: z.array(ref.extend({ cells: z.array(boardCell) })),
  can: z.object({ assign: z.boolean() }),
});
export type BoardAnswer = z.infer<typeof boardAnswer>;

export const assignmentAnswer = z.object({
  assignment: z.object({ id, personId: id, definitionId: id, belowRequired: z.boolean() }),
});
export type AssignmentAnswer = z.infer<typeof assignmentAnswer>;
