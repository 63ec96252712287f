import { z } from 'zod';
import { dateField } from '../../shared/fields.js';

/** The period counted: from and to, both days included; the current year when left out. */
export const coverageQuery = z
  .object({ from: dateField.optional(), to: dateField.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'The period must end on or after its start',
    path: ['to'],
  });
export type CoverageQuery = z.infer<typeof coverageQuery>;
