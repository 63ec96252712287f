import { z } from 'zod';
import { id, instant, ref } from '../../shared/answers.js';

// The answers of /api/imports, and the words they use: declared by the routes, returned by the
// services, stored with an import (its line errors and summary), read by the import screens.

export const IMPORT_KINDS = ['units', 'people'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['previewed', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Why a line of a file cannot be imported; the web app translates each one. */
export const LINE_REASONS = [
  'missing_field',
  'too_long',
  'invalid_email',
  'unknown_unit',
  'unknown_kind',
  'unknown_role',
  'duplicate_key_conflict',
  'email_taken',
  'admin_role_not_allowed',
  'admin_person_protected',
  'parent_cycle',
  'parent_unknown',
  'malformed_line',
  'no_header',
  'unknown_columns',
  'duplicate_column',
  'missing_column',
  'no_rows',
] as const;
export type LineReason = (typeof LINE_REASONS)[number];

export const importLineError = z.object({
  /** The line in the file; the header is line 1. */
  line: z.number().int(),
  /** The column (canonical name), when the problem is in one field. */
  field: z.string().optional(),
  reason: z.enum(LINE_REASONS),
  /**
   * An English explanation for API users; the web app shows its own translation of `reason`.
   * It names columns and unit codes but never repeats other cell values (they may be personal).
   */
  message: z.string(),
});
export type ImportLineError = z.infer<typeof importLineError>;

export const sampleRow = z.object({
  line: z.number().int(),
  key: z.string(),
  name: z.string(),
  /** For an update: the fields that change (`name`, `email`, `job_title`, `kind`, `parent_code`, `memberships`). */
  changes: z.array(z.string()),
});
export type SampleRow = z.infer<typeof sampleRow>;

export const importSample = z.object({
  create: z.array(sampleRow),
  update: z.array(sampleRow),
  unchanged: z.array(sampleRow),
});
export type ImportSample = z.infer<typeof importSample>;

/** What the preview found, kept with the import; the sample is dropped once the import is applied. */
export interface ImportSummary {
  errorCount: number;
  /** People imports: roles in units the file adds. */
  membershipsAdded: number;
  /** People imports: roles the file's people hold today that the file does not mention; they are kept. */
  membershipsKept: number;
  sample: ImportSample | null;
}

export const importView = z
  .object({
    id,
    kind: z.enum(IMPORT_KINDS),
    status: z.enum(IMPORT_STATUSES),
    filename: z.string().nullable(),
    /** Data lines in the file (the header not counted). */
    total: z.number().int(),
    processed: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errorCount: z.number().int(),
    membershipsAdded: z.number().int(),
    membershipsKept: z.number().int(),
    /**
     * Why it was not applied: `import_invalid` (the organisation changed since the preview),
     * `apply_failed` (the database refused; nothing was written) or `expired` (not applied within a day).
     */
    failure: z.string().nullable(),
    createdAt: instant,
    finishedAt: instant.nullable(),
    createdBy: ref.nullable(),
  })
  .meta({ id: 'Import' });
export type ImportView = z.infer<typeof importView>;

export const importDetail = importView
  .extend({ errors: z.array(importLineError), sample: importSample.nullable() })
  .meta({ id: 'ImportDetail' });
export type ImportDetail = z.infer<typeof importDetail>;

export const importAnswer = z.object({ import: importDetail });
export type ImportAnswer = z.infer<typeof importAnswer>;

/** The organisation's 20 most recent imports. */
export const importListAnswer = z.object({ imports: z.array(importView) });
export type ImportListAnswer = z.infer<typeof importListAnswer>;

/** An uploaded file as checked: nothing but the import is written until it is applied. */
export const importPreviewAnswer = z.object({
  importId: id,
  summary: z.object({
    total: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    errorCount: z.number().int(),
    membershipsAdded: z.number().int(),
    membershipsKept: z.number().int(),
  }),
  errors: z.array(importLineError),
  sample: importSample,
});
export type ImportPreview = z.infer<typeof importPreviewAnswer>;
