import type { imports } from '../schema.js';
import type { ImportDetail, ImportView } from '../answers.js';

type ImportRow = typeof imports.$inferSelect;

export function presentImport(
  row: Omit<ImportRow, 'content' | 'errors'>,
  createdBy: { id: string; name: string } | null,
): ImportView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    filename: row.filename,
    total: row.total,
    processed: row.processed,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    errorCount: row.summary?.errorCount ?? 0,
    membershipsAdded: row.summary?.membershipsAdded ?? 0,
    membershipsKept: row.summary?.membershipsKept ?? 0,
    failure: row.failure,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdBy,
  };
}

export function presentImportDetail(
  row: Omit<ImportRow, 'content'>,
  createdBy: { id: string; name: string } | null,
): ImportDetail {
  return { ...presentImport(row, createdBy), errors: row.errors, sample: row.summary?.sample ?? null };
}
