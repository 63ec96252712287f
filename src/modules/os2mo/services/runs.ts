import { and, desc, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../../server/audit/write.js';
import { inTransaction } from '../../../server/db/tx.js';
import type { Db } from '../../../server/db/client.js';
import type { ServiceContext } from '../../../server/http/context.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import { enqueue } from '../../../server/jobs/queue.js';
import { requireOrgAdmin } from '../../../server/policy/admin-rights.js';
import { people } from '../../org/schema.js';
import type { Os2moRunView } from '../answers.js';
import { OS2MO_SYNC_JOB, type Os2moRunMode } from '../constants.js';
import { os2moConnections, os2moRuns } from '../schema.js';

type Run = typeof os2moRuns.$inferSelect;

async function present(db: Db, orgId: string, runs: Run[]): Promise<Os2moRunView[]> {
  const ids = [...new Set(runs.map((r) => r.createdBy).filter((id): id is string => Boolean(id)))];
  const names = ids.length
    ? await db
        .select({ id: people.id, name: people.name })
        .from(people)
        .where(and(eq(people.orgId, orgId), inArray(people.id, ids)))
    : [];
  const byId = new Map(names.map((p) => [p.id, p]));
  return runs.map((r) => ({
    id: r.id,
    mode: r.mode,
    status: r.status,
    phase: r.phase,
    pages: r.pages,
    summary: r.summary ?? null,
    failure: r.failure ?? null,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    createdBy: (r.createdBy && byId.get(r.createdBy)) || null,
  }));
}

/**
 * Queues a run for the organisation, unless one is under way. `actorId` null: the nightly sync.
 * Call in a transaction with the organisation's connection row locked.
 */
export async function queueRun(db: Db, orgId: string, mode: Os2moRunMode, actorId: string | null, now: Date) {
  const [active] = await db
    .select({ id: os2moRuns.id })
    .from(os2moRuns)
    .where(and(eq(os2moRuns.orgId, orgId), inArray(os2moRuns.status, ['fetching', 'applying'])));
  if (active) return null;
  const [run] = await db
    .insert(os2moRuns)
    .values({ orgId, mode, status: 'fetching', createdBy: actorId, createdAt: now })
    .returning();
  await enqueue(db, {
    orgId,
    kind: OS2MO_SYNC_JOB,
    payload: { runId: run!.id },
    dedupeKey: `os2mo:${run!.id}`,
    // A crashed worker's job is claimed again when its lease runs out, and carries on from the last page.
    maxAttempts: 5,
  });
  return run!;
}

/** A preview (nothing changes) or a sync now; the page polls the run. */
export async function startOs2moRun({ ctx, input }: { ctx: ServiceContext; input: { mode: Os2moRunMode } }) {
  requireOrgAdmin(ctx);
  const { actor } = ctx;
  const run = await inTransaction(ctx, async (tx) => {
    const [connection] = await tx.db
      .select({ orgId: os2moConnections.orgId })
      .from(os2moConnections)
      .where(eq(os2moConnections.orgId, actor.orgId))
      .for('update');
    if (!connection) throw notFound('OS2mo is not set up');
    const queued = await queueRun(tx.db, actor.orgId, input.mode, actor.personId, ctx.now());
    if (!queued) throw conflict('A sync with OS2mo is already under way', 'import_not_ready');
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      { action: `os2mo.${input.mode}_requested`, entityType: 'os2mo_run', entityId: queued.id },
    );
    return queued;
  });
  return { run: (await present(ctx.db, actor.orgId, [run]))[0]! };
}

/** Applies what a preview read, once the admin has seen it; checked again against the organisation as it is then. */
export async function applyOs2moPreview({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  requireOrgAdmin(ctx);
  const { actor } = ctx;
  const run = await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(os2moRuns)
      .where(and(eq(os2moRuns.orgId, actor.orgId), eq(os2moRuns.id, input.id)))
      .for('update');
    if (!row) throw notFound();
    if (row.status !== 'previewed')
      throw conflict('The preview has already been applied or is not ready', 'import_not_ready');
    if ((row.summary?.errorCount ?? 0) > 0)
      throw conflict('The preview found problems; correct them in OS2mo and preview again', 'import_invalid');
    const [updated] = await tx.db
      .update(os2moRuns)
      .set({ status: 'applying', createdBy: actor.personId })
      .where(and(eq(os2moRuns.orgId, actor.orgId), eq(os2moRuns.id, row.id)))
      .returning();
    await enqueue(tx.db, {
      orgId: actor.orgId,
      kind: OS2MO_SYNC_JOB,
      payload: { runId: row.id },
      dedupeKey: `os2mo-apply:${row.id}`,
      maxAttempts: 3,
    });
    return updated!;
  });
  return { run: (await present(ctx.db, actor.orgId, [run]))[0]! };
}

export async function getOs2moRun({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  requireOrgAdmin(ctx);
  const [row] = await ctx.db
    .select()
    .from(os2moRuns)
    .where(and(eq(os2moRuns.orgId, ctx.actor.orgId), eq(os2moRuns.id, input.id)));
  if (!row) throw notFound();
  return { run: (await present(ctx.db, ctx.actor.orgId, [row]))[0]! };
}

/** The organisation's ten most recent runs. */
export async function listOs2moRuns({ ctx }: { ctx: ServiceContext }) {
  requireOrgAdmin(ctx);
  const rows = await ctx.db
    .select()
    .from(os2moRuns)
    .where(eq(os2moRuns.orgId, ctx.actor.orgId))
    .orderBy(desc(os2moRuns.createdAt))
    .limit(10);
  return { runs: await present(ctx.db, ctx.actor.orgId, rows) };
}
