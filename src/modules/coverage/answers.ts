import { z } from 'zod';
import { day, id } from '../../shared/answers.js';

// The answer of /api/coverage: numbers per group of units, never a person.

const counts = z.object({
  employees: z.number().int(),
  /** Had at least one held 1:1 in the period. */
  heldOneToOne: z.number().int(),
  /** Have a learning goal in focus now. */
  goalInFocus: z.number().int(),
  /** Neither. */
  neither: z.number().int(),
  /** The collective agreement's yearly talk: every employee counted had a held 1:1 in the period. */
  requirementMet: z.boolean(),
});

export const coverageGroup = counts.extend({
  unit: z.object({ id, name: z.string() }),
  /** Units too small to show alone, whose employees are counted here. */
  includes: z.array(z.object({ id, name: z.string() })),
});

export const coverageAnswer = z.object({
  period: z.object({ from: day, to: day }),
  minGroup: z.number().int(),
  groups: z.array(coverageGroup),
  /** The sum of the groups shown. */
  total: counts,
  /** Employees in units that, even together with the units above them, stay below the minimum. */
  notShown: z.number().int(),
});
export type CoverageAnswer = z.infer<typeof coverageAnswer>;
export type CoverageGroup = z.infer<typeof coverageGroup>;
