import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../../server/db/tx.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import { enqueue } from '../../../server/jobs/queue.js';
import { imports } from '../schema.js';
import { expireOldPreviews } from './expire.js';

export const IMPORT_APPLY_JOB = 'import.apply';

/**
 * Starts applying a previewed import. The work runs as a job, so the request returns at once
 * and the page polls the import for its progress (see run-apply.ts for why).
 */
export async function requestApply({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const orgId = ctx.actor.orgId;
  // On its own, so that the refusal below does not roll the expiry back.
  await expireOldPreviews(ctx.db, orgId, ctx.now());
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ id: imports.id, status: imports.status, summary: imports.summary })
      .from(imports)
      .where(and(eq(imports.orgId, orgId), eq(imports.id, input.id)))
      .for('update');
    if (!row) throw notFound();
    if (row.status !== 'previewed')
      throw conflict('The import has already been applied or is running', 'import_not_ready');
    if ((row.summary?.errorCount ?? 0) > 0)
      throw conflict('The file has errors; correct them and upload it again', 'import_invalid');
    await tx.db
      .update(imports)
      .set({ status: 'running', processed: 0 })
      .where(and(eq(imports.orgId, orgId), eq(imports.id, row.id)));
    // A crashed worker's job is claimed again when its lease runs out; the run checks the status first.
    await enqueue(tx.db, {
      orgId,
      kind: IMPORT_APPLY_JOB,
      payload: { importId: row.id, actorId: ctx.actor.personId },
      dedupeKey: `import:${row.id}`,
      maxAttempts: 3,
    });
    return { id: row.id };
  });
}
