import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { LEVELS, SUBJECT_KINDS } from './constants.js';

// The answers of /api/progression: declared by the routes, returned by the services, read by the screens.

const level = z.enum(LEVELS);

export const rating = z.object({ area: z.string(), ratedOn: day, level, note: z.string().nullable() });
export type Rating = z.infer<typeof rating>;

export const course = z.object({
  id,
  unit: ref,
  subjectKind: z.enum(SUBJECT_KINDS),
  label: z.string(),
  challenge: z.string(),
  initiative: z.string(),
  outcome: z.string(),
  startedOn: day,
  version: z.number().int(),
  updatedAt: instant,
  /** Every rating, newest day first. */
  ratings: z.array(rating),
  /** The areas the unit follows (its own or the nearest unit's above). */
  areas: z.array(z.string()),
  can: z.object({ edit: z.boolean() }),
});
export type Course = z.infer<typeof course>;
export const courseAnswer = z.object({ course });
export type CourseAnswer = z.infer<typeof courseAnswer>;

export const listedCourse = z.object({
  id,
  subjectKind: z.enum(SUBJECT_KINDS),
  label: z.string(),
  startedOn: day,
  /** The latest level of each area rated. */
  latest: z.array(rating.omit({ note: true })),
});
export type ListedCourse = z.infer<typeof listedCourse>;

export const unitProgressionAnswer = z.object({
  unit: ref,
  areas: z.array(z.string()),
  /** The unit whose list of areas applies (this one or one above), or null when none is set. */
  areasFrom: ref.nullable(),
  courses: z.array(listedCourse),
  can: z.object({ edit: z.boolean(), setAreas: z.boolean() }),
});
export type UnitProgressionAnswer = z.infer<typeof unitProgressionAnswer>;

export const progressionUnitsAnswer = z.object({ units: z.array(ref) });
export type ProgressionUnitsAnswer = z.infer<typeof progressionUnitsAnswer>;

/** Red, yellow and green courses in one area and quarter, in the order of LEVELS. */
export const overviewCounts = z
  .tuple([z.number().int(), z.number().int(), z.number().int()])
  .meta({ description: '[red, yellow, green]: courses at each level, each counted at its latest rating' });
export type OverviewCounts = z.infer<typeof overviewCounts>;

/** One group's one area over the periods: null for a quarter without a rating. */
export const overviewRow = z.object({
  /** Index into `groups`. */
  group: z.number().int(),
  area: z.string(),
  /** One entry per period, in the order of `periods`. */
  counts: z.array(overviewCounts.nullable()),
});
export type OverviewRow = z.infer<typeof overviewRow>;

export const overviewAnswer = z.object({
  unit: ref,
  areas: z.array(z.string()),
  /** Quarters as `2026-Q3`, oldest first. */
  periods: z.array(z.string()),
  /** The unit itself and the units directly below it that hold courses (an area's institutions). */
  groups: z.array(ref),
  /** Per group and area (groups in order, then the areas in order), only those with a rating. */
  rows: z.array(overviewRow),
  courses: z.number().int(),
  /** The reader may open each group's own overview (they lead this unit or one above it). */
  can: z.object({ openGroups: z.boolean() }),
});
export type OverviewAnswer = z.infer<typeof overviewAnswer>;
