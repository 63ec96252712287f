import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../server/config.js';
import type { Db } from '../../server/db/client.js';
import { claimPeriod } from '../../server/jobs/periods.js';
import type { JobHandler } from '../../server/jobs/worker.js';
import { logger } from '../../server/log.js';
import { localParts } from '../../shared/time.js';
import { OS2MO_NIGHTLY_HOUR, OS2MO_SYNC_JOB } from './constants.js';
import { os2moConnections } from './schema.js';
import { queueRun } from './services/runs.js';
import { continueRun } from './sync/run.js';

export { OS2MO_SYNC_JOB };

/** Carries a run on; a run that fails records why on itself, so the job is done either way. */
export function os2moJobHandler(db: Db, config: Config): JobHandler {
  return async (job) => {
    await continueRun(db, config, job.orgId, String(job.payload.runId));
  };
}

const DAY_MS = 24 * 60 * 60_000;
const TICK_MS = 5 * 60_000;

/**
 * Queues the nightly sync of every organisation that follows OS2mo, once per day across
 * processes, from OS2MO_NIGHTLY_HOUR Copenhagen time. Returns how many runs it queued.
 */
export async function queueNightlySyncs(db: Db, now: Date): Promise<number | null> {
  if (localParts(now).hour < OS2MO_NIGHTLY_HOUR) return 0;
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    if (!(await claimPeriod(tx, OS2MO_SYNC_JOB, now, DAY_MS))) return null;
    const orgs = await tx
      .select({ orgId: os2moConnections.orgId })
      .from(os2moConnections)
      .where(eq(os2moConnections.nightly, true))
      .for('update', { skipLocked: true });
    let queued = 0;
    for (const { orgId } of orgs) if (await queueRun(tx, orgId, 'sync', null, now)) queued++;
    // Pages of runs that never finished (a preview nobody applied) are not kept past a day.
    await tx.execute(sql`delete from os2mo_pages p using os2mo_runs r
      where r.org_id = p.org_id and r.id = p.run_id and r.created_at < ${new Date(now.getTime() - DAY_MS).toISOString()}::timestamptz`);
    return queued;
  });
}

export function startOs2moScheduler(db: Db, now: () => Date = () => new Date()) {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= queueNightlySyncs(db, now())
      .then(() => undefined)
      .catch((err: unknown) => logger.warn(`os2mo tick failed: ${(err as Error).message}`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
