import { z } from 'zod';
import { day, id, instant } from '../../shared/answers.js';

// The answers of /api/privacy: declared by the routes, returned by the services, read by the screens.

const exportValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One thing MUP holds about a person: a title, when, and its fields by name. */
export const exportItem = z.object({
  title: z.string(),
  at: z.string().nullable(),
  fields: z.record(z.string(), exportValue),
});
export type ExportItem = z.infer<typeof exportItem>;

/** Everything MUP holds about the signed-in person (GDPR art. 15), one section per module. */
export const exportAnswer = z.object({
  generatedAt: instant,
  person: z.object({
    id,
    name: z.string(),
    email: z.string().nullable(),
    employeeNumber: z.string().nullable(),
    jobTitle: z.string().nullable(),
    active: z.boolean(),
    createdAt: instant,
  }),
  organisation: z.object({ name: z.string() }),
  sections: z.array(z.object({ key: z.string(), items: z.array(exportItem) })),
});
export type ExportAnswer = z.infer<typeof exportAnswer>;

/** What cannot be erased, how much of it, and the reason (a key the screens translate). */
const keptItem = z.object({ key: z.string(), count: z.number().int(), until: day.nullable() });

/** An erasure: previewed (nothing changed) or applied, with what it removed by kind. */
export const erasureAnswer = z.object({
  person: z.object({ id, name: z.string() }),
  applied: z.boolean(),
  removed: z.record(z.string(), z.number().int()),
  kept: z.array(keptItem),
});
export type ErasureAnswer = z.infer<typeof erasureAnswer>;

const periods = z.object({
  departedRecordDays: z.number().int(),
  auditDays: z.number().int(),
  mailDays: z.number().int(),
  surveyResponseDays: z.number().int(),
});

/** The organisation's retention rules, whether they run, and when they were last previewed. */
export const retentionAnswer = z.object({
  enabled: z.boolean(),
  periods,
  defaults: periods,
  previewedAt: instant.nullable(),
  updatedAt: instant.nullable(),
  lastRunAt: instant.nullable(),
  version: z.number().int(),
});
export type RetentionAnswer = z.infer<typeof retentionAnswer>;

/** What the rules would remove today (or removed, for a run), as counts by kind. */
export const retentionRunAnswer = z.object({
  applied: z.boolean(),
  removed: z.object({
    departedPeople: z.number().int(),
    auditRows: z.number().int(),
    mails: z.number().int(),
    surveyResponses: z.number().int(),
  }),
  cutoffs: z.object({
    departedRecordDays: instant,
    auditDays: instant,
    mailDays: instant,
    surveyResponseDays: instant,
  }),
});
export type RetentionRunAnswer = z.infer<typeof retentionRunAnswer>;
