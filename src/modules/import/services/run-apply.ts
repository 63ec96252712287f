import { and, eq, sql } from 'drizzle-orm';
import { PgliteDatabase } from 'drizzle-orm/pglite';
import { writeAudit } from '../../../server/audit/write.js';
import type { Config } from '../../../server/config.js';
import type { Db } from '../../../server/db/client.js';
import { inTransaction } from '../../../server/db/tx.js';
import type { ServiceContext } from '../../../server/http/context.js';
import { logger } from '../../../server/log.js';
import type { Actor } from '../../../server/policy/actor.js';
import { parseCsv } from '../csv/parse.js';
import { holdsOrgAdmin } from '../../../server/policy/admin-rights.js';
import { analyseImport } from '../plan/analyse.js';
import { imports } from '../schema.js';
import type { ImportLineError } from '../answers.js';
import type { Progress } from '../write/batch.js';
import { writePeople } from '../write/people.js';
import { writeUnits } from '../write/units.js';
import { MAX_REPORTED_ERRORS } from './create.js';

class StillInvalid extends Error {
  constructor(readonly errors: ImportLineError[]) {
    super('The file no longer fits the organisation');
  }
}

/**
 * Applies an import in one transaction: everything or nothing. The file is checked again
 * inside the transaction, as the organisation may have changed since the preview.
 *
 * Progress: on PostgreSQL it is written between batches on another connection, so others see
 * it while the transaction runs. PGlite has one connection and a query outside the transaction
 * would wait for it, so there the progress shows only when the import is done.
 */
export async function runApply({
  db,
  config,
  importId,
  orgId,
  actorId,
}: {
  db: Db;
  config: Config;
  importId: string;
  orgId: string;
  actorId: string | null;
}) {
  const where = and(eq(imports.orgId, orgId), eq(imports.id, importId));
  const [row] = await db.select().from(imports).where(where);
  if (!row || row.status !== 'running' || row.content === null) return;

  const engine = db instanceof PgliteDatabase ? 'pglite' : 'postgres';
  // writeAudit reads only the person id of the actor.
  const actor = actorId ? ({ personId: actorId } as Actor) : null;
  const ctx: ServiceContext = { db, engine, config, actor, now: () => new Date(), ip: 'job' };
  const total = row.total;
  const progress: Progress =
    engine === 'postgres'
      ? async (done, steps) => {
          await db
            .update(imports)
            .set({ processed: Math.min(total, Math.floor((total * done) / steps)) })
            .where(where);
        }
      : async () => {};

  try {
    await inTransaction(ctx, async (tx) => {
      // One import at a time per organisation: two files touching the same people would
      // otherwise each pass their checks and then collide.
      await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`import:${orgId}`}))`);
      // The admin's rights as they are now, not as they were at the preview.
      const mayManageAdmins = actorId ? await holdsOrgAdmin(tx.db, orgId, actorId) : false;
      const parsed = parseCsv(row.kind, row.content!);
      const analysis = await analyseImport(tx.db, { orgId, kind: row.kind, parsed, mayManageAdmins });
      if (analysis.errors.length) throw new StillInvalid(analysis.errors);
      const now = ctx.now();
      const result =
        analysis.kind === 'units'
          ? await writeUnits(tx.db, orgId, analysis.plan, now, progress)
          : await writePeople(tx.db, orgId, analysis.plan, now, progress);
      const { membershipsAdded, membershipsKept } = analysis.counts;
      await tx.db
        .update(imports)
        .set({
          status: 'done',
          processed: total,
          ...result,
          content: null,
          summary: { errorCount: 0, membershipsAdded, membershipsKept, sample: null },
          finishedAt: now,
        })
        .where(where);
      await writeAudit(
        tx.db,
        { actor, orgId },
        {
          action: 'import.applied',
          entityType: 'import',
          entityId: importId,
          details: { kind: row.kind, total, ...result, membershipsAdded },
        },
      );
    });
  } catch (err) {
    const invalidNow = err instanceof StillInvalid;
    if (!invalidNow) logger.error(`import ${importId} failed: ${describe(err)}`);
    // A failed import cannot be applied again (the file is uploaded anew), so its file goes.
    const summary = { membershipsAdded: 0, membershipsKept: 0, errorCount: 0, ...row.summary, sample: null };
    await db
      .update(imports)
      .set({
        status: 'failed',
        processed: 0,
        content: null,
        failure: invalidNow ? 'import_invalid' : 'apply_failed',
        finishedAt: new Date(),
        summary: invalidNow ? { ...summary, errorCount: err.errors.length } : summary,
        ...(invalidNow ? { errors: err.errors.slice(0, MAX_REPORTED_ERRORS) } : {}),
      })
      .where(where);
  }
}

/** The database's own message and code; never the failed query, whose parameters are personal data. */
function describe(err: unknown): string {
  const cause = (err as { cause?: { message?: string; code?: string } })?.cause;
  if (cause?.message) return `${cause.message}${cause.code ? ` (${cause.code})` : ''}`;
  return err instanceof Error && !err.message.startsWith('Failed query') ? err.message : 'database error';
}
