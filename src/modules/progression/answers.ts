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

export const overviewCell = z.object({
  unit: ref,
  area: z.string(),
  /** A quarter as `2026-Q3`. */
  period: z.string(),
  red: z.number().int(),
  yellow: z.number().int(),
  green: z.number().int(),
});
export type OverviewCell = z.infer<typeof overviewCell>;

export const overviewAnswer = z.object({
  unit: ref,
  areas: z.array(z.string()),
  periods: z.array(z.string()),
  /** The unit itself and the units directly below it that hold courses (an area's institutions). */
  groups: z.array(ref),
  cells: z.array(overviewCell),
  courses: z.number().int(),
});
export type OverviewAnswer = z.infer<typeof overviewAnswer>;
