import { writeAudit } from '../../../server/audit/write.js';
import { inTransaction } from '../../../server/db/tx.js';
import { isOrgAdmin } from '../../../server/policy/actor.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { ServiceError, invalid } from '../../../server/http/errors.js';
import { LIMITS } from '../../../shared/limits.js';
import { parseCsv } from '../csv/parse.js';
import { analyseImport } from '../plan/analyse.js';
import { imports } from '../schema.js';
import { expireOldPreviews } from './expire.js';
import type { ImportPreview } from '../answers.js';
import type { CreateImportInput } from '../validation.js';

/** The preview lists at most this many problems; the count says how many there are. */
export const MAX_REPORTED_ERRORS = 1000;

/**
 * Reads an uploaded file, checks every line against the organisation and keeps the file with
 * what applying it would do. Nothing but the import itself is written.
 */
export async function createImport({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateImportInput;
}): Promise<ImportPreview> {
  // Characters, not UTF-8 bytes: a Windows-1252 file of 5 MiB is 5 Mi characters but more bytes.
  if (input.content.length > LIMITS.csvBytes) {
    throw new ServiceError(
      'PAYLOAD_TOO_LARGE',
      `The file is larger than ${LIMITS.csvBytes / 1024 / 1024} MiB`,
      'file_too_large',
    );
  }
  const parsed = parseCsv(input.kind, input.content);
  if (parsed.total > LIMITS.csvRows) {
    throw invalid(`The file has more than ${LIMITS.csvRows} lines`, 'too_many_rows');
  }
  const orgId = ctx.actor.orgId;
  const analysis = await analyseImport(ctx.db, {
    orgId,
    kind: input.kind,
    parsed,
    mayManageAdmins: isOrgAdmin(ctx.actor),
  });
  const { counts, errors, sample } = analysis;
  const reported = errors.slice(0, MAX_REPORTED_ERRORS);

  const id = await inTransaction(ctx, async (tx) => {
    await expireOldPreviews(tx.db, orgId, ctx.now());
    const [row] = await tx.db
      .insert(imports)
      .values({
        orgId,
        createdBy: ctx.actor.personId,
        kind: input.kind,
        status: 'previewed',
        filename: input.filename || null,
        content: input.content,
        total: analysis.total,
        created: counts.create,
        updated: counts.update,
        unchanged: counts.unchanged,
        errors: reported,
        summary: {
          errorCount: errors.length,
          membershipsAdded: counts.membershipsAdded,
          membershipsKept: counts.membershipsKept,
          sample,
        },
      })
      .returning({ id: imports.id });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'import.previewed',
        entityType: 'import',
        entityId: row!.id,
        details: { kind: input.kind, total: analysis.total, ...counts, errors: errors.length },
      },
    );
    return row!.id;
  });

  return {
    importId: id,
    summary: { total: analysis.total, ...counts, errorCount: errors.length },
    errors: reported,
    sample,
  };
}
