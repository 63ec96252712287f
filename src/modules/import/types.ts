/**
 * Types the import API answers with. Shared by the server and the web app (no server code here).
 */
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

export interface ImportLineError {
  /** The line in the file; the header is line 1. */
  line: number;
  /** The column (canonical name), when the problem is in one field. */
  field?: string;
  reason: LineReason;
  /**
   * An English explanation for API users; the web app shows its own translation of `reason`.
   * It names columns and unit codes but never repeats other cell values (they may be personal).
   */
  message: string;
}

export interface SampleRow {
  line: number;
  key: string;
  name: string;
  /** For an update: the fields that change (`name`, `email`, `job_title`, `kind`, `parent_code`, `memberships`). */
  changes: string[];
}

export interface ImportSample {
  create: SampleRow[];
  update: SampleRow[];
  unchanged: SampleRow[];
}

/** What the preview found, kept with the import; the sample is dropped once the import is applied. */
export interface ImportSummary {
  errorCount: number;
  /** People imports: roles in units the file adds. */
  membershipsAdded: number;
  /** People imports: roles the file's people hold today that the file does not mention; they are kept. */
  membershipsKept: number;
  sample: ImportSample | null;
}

export interface ImportView {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  filename: string | null;
  /** Data lines in the file (the header not counted). */
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  membershipsAdded: number;
  membershipsKept: number;
  /**
   * Why it was not applied: `import_invalid` (the organisation changed since the preview),
   * `apply_failed` (the database refused; nothing was written) or `expired` (not applied within a day).
   */
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
  createdBy: { id: string; name: string } | null;
}

export interface ImportDetail extends ImportView {
  errors: ImportLineError[];
  sample: ImportSample | null;
}
