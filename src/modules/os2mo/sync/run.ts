import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../server/audit/write.js';
import type { Config } from '../../../server/config.js';
import type { Db } from '../../../server/db/client.js';
import { logger } from '../../../server/log.js';
import type { Actor } from '../../../server/policy/actor.js';
import type { Os2moFailure } from '../constants.js';
import { os2moConnections, os2moRuns } from '../schema.js';
import { Os2moSession, SourceError } from '../source/client.js';
import { openSecret } from '../source/secret.js';
import type { Os2moRunSummary } from '../answers.js';
import { PlanInvalid, planAndWrite } from './apply.js';
import { dropPages, fetchPages, loadPages, Superseded, type FetchHooks } from './fetch.js';

class DryRun extends Error {
  constructor(readonly summary: Os2moRunSummary) {
    super('dry run');
  }
}

export interface RunOptions extends FetchHooks {
  now?: () => Date;
}

/**
 * Carries a run on from wherever it is: reads the pages it has not read yet, then previews (a
 * dry run, rolled back) or applies (one transaction: all of it or nothing). Safe to call again
 * for the same run — after a crash, or by a second worker — as every step checks the run first.
 */
export async function continueRun(
  db: Db,
  config: Config,
  orgId: string,
  runId: string,
  options: RunOptions = {},
) {
  const now = options.now ?? (() => new Date());
  const where = and(eq(os2moRuns.orgId, orgId), eq(os2moRuns.id, runId));
  const [run] = await db.select().from(os2moRuns).where(where);
  if (!run || (run.status !== 'fetching' && run.status !== 'applying')) return;

  const fail = async (failure: Os2moFailure, summary?: Os2moRunSummary) => {
    await db
      .update(os2moRuns)
      .set({ status: 'failed', failure, finishedAt: now(), ...(summary ? { summary } : {}) })
      .where(and(where, sql`${os2moRuns.status} in ('fetching', 'applying')`));
    await dropPages(db, orgId, runId);
  };

  if (run.status === 'fetching') {
    const [connection] = await db.select().from(os2moConnections).where(eq(os2moConnections.orgId, orgId));
    if (!connection) return fail('not_configured');
    const secret = openSecret(config, connection);
    if (secret === null) return fail('secret_unreadable');
    try {
      await fetchPages(db, run, new Os2moSession({ ...connection, secret }), options);
    } catch (err) {
      if (err instanceof Superseded) return;
      if (err instanceof SourceError) {
        logger.warn(`os2mo run ${runId}: ${err.message}`);
        return fail(err.failure);
      }
      throw err;
    }
    if (run.mode === 'preview') return preview(db, orgId, runId, now, fail);
  }
  return apply(db, orgId, runId, run.createdBy, now, fail);
}

async function preview(
  db: Db,
  orgId: string,
  runId: string,
  now: () => Date,
  fail: (f: Os2moFailure) => Promise<void>,
) {
  const data = await loadPages(db, orgId, runId);
  let summary: Os2moRunSummary;
  try {
    await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      await lockOrg(tx, orgId);
      throw new DryRun(await planAndWrite(tx, orgId, data, now()));
    });
    return;
  } catch (err) {
    if (err instanceof DryRun || err instanceof PlanInvalid) summary = err.summary;
    else {
      logger.error(`os2mo preview ${runId} failed: ${(err as Error).message}`);
      return fail('apply_failed');
    }
  }
  await db
    .update(os2moRuns)
    .set({ status: 'previewed', summary, finishedAt: now() })
    .where(and(eq(os2moRuns.orgId, orgId), eq(os2moRuns.id, runId), eq(os2moRuns.status, 'fetching')));
}

async function apply(
  db: Db,
  orgId: string,
  runId: string,
  actorId: string | null,
  now: () => Date,
  fail: (f: Os2moFailure, summary?: Os2moRunSummary) => Promise<void>,
) {
  const data = await loadPages(db, orgId, runId);
  try {
    await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      await lockOrg(tx, orgId);
      const [run] = await tx
        .select({ status: os2moRuns.status })
        .from(os2moRuns)
        .where(and(eq(os2moRuns.orgId, orgId), eq(os2moRuns.id, runId)))
        .for('update');
      if (run?.status !== 'fetching' && run?.status !== 'applying') return;
      const at = now();
      const summary = await planAndWrite(tx, orgId, data, at);
      await tx
        .update(os2moRuns)
        .set({ status: 'done', phase: 'complete', summary, finishedAt: at })
        .where(and(eq(os2moRuns.orgId, orgId), eq(os2moRuns.id, runId)));
      // Once a sync has been applied, the organisation follows OS2mo every night.
      await tx.update(os2moConnections).set({ nightly: true }).where(eq(os2moConnections.orgId, orgId));
      await writeAudit(
        tx,
        { actor: actorId ? ({ personId: actorId } as Actor) : null, orgId },
        {
          action: 'os2mo.synced',
          entityType: 'os2mo_run',
          entityId: runId,
          details: countsOf(summary),
        },
      );
    });
    await dropPages(db, orgId, runId);
  } catch (err) {
    if (err instanceof PlanInvalid) return fail('plan_invalid', err.summary);
    logger.error(`os2mo sync ${runId} failed: ${(err as Error).message}`);
    return fail('apply_failed');
  }
}

/** Counts only: the audit never holds names. */
const countsOf = (s: Os2moRunSummary) => ({
  units: { create: s.units.create, update: s.units.update },
  people: {
    create: s.people.create,
    update: s.people.update,
    membershipsAdded: s.people.membershipsAdded,
    membershipsRemoved: s.people.membershipsRemoved,
    deactivated: s.people.deactivated,
    reactivated: s.people.reactivated,
  },
});

/** The CSV import's lock: a sync and an import never change the same organisation at once. */
const lockOrg = (db: Db, orgId: string) =>
  db.execute(sql`select pg_advisory_xact_lock(hashtext(${`import:${orgId}`}))`);
