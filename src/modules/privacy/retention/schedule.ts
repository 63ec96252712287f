import { eq } from 'drizzle-orm';
import type { Config } from '../../../server/config.js';
import type { Db } from '../../../server/db/client.js';
import { claimPeriod } from '../../../server/jobs/periods.js';
import { logger } from '../../../server/log.js';
import { localParts } from '../../../shared/time.js';
import { RETENTION_PERIOD_MS, RETENTION_TASK } from '../constants.js';
import { retentionPolicies } from '../schema.js';
import { applyRetentionIn } from '../services/retention-run.js';

/** The rules run at night, from this hour Copenhagen time, when few people are signed in. */
export const RETENTION_HOUR = 2;
export const RETENTION_TICK_MS = 15 * 60_000;

/**
 * Applies every switched-on organisation's rules, each in a transaction of its own (one failing
 * organisation leaves the others' runs standing). `orgIds` narrows it (tests share a database).
 * Answers how many organisations ran.
 */
export async function applyEnabledRetention(
  db: Db,
  config: Config,
  now: Date,
  options: { orgIds?: string[] } = {},
): Promise<number> {
  const rows = await db.select().from(retentionPolicies).where(eq(retentionPolicies.enabled, true));
  let ran = 0;
  for (const row of rows.filter((r) => !options.orgIds || options.orgIds.includes(r.orgId))) {
    try {
      await db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db;
        await applyRetentionIn(tx, config, row.orgId, row, now, null);
        await tx
          .update(retentionPolicies)
          .set({ lastRunAt: now })
          .where(eq(retentionPolicies.orgId, row.orgId));
      });
      ran++;
    } catch (err) {
      logger.warn(`retention for ${row.orgId} failed: ${(err as Error).message}`);
    }
  }
  return ran;
}

/** A tick of one process: from 02:00, the first tick of the day across processes runs the rules. */
export async function retentionTick(db: Db, config: Config, now: Date): Promise<number | null> {
  if (localParts(now).hour < RETENTION_HOUR) return null;
  const claimed = await db.transaction(async (transaction) =>
    claimPeriod(transaction as unknown as Db, RETENTION_TASK, now, RETENTION_PERIOD_MS),
  );
  return claimed ? applyEnabledRetention(db, config, now) : null;
}

/** Ticks every quarter of an hour; the clock is injectable so tests never wait. */
export function startRetentionScheduler(db: Db, config: Config, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  let running: Promise<unknown> | null = null;
  const tick = () =>
    (running ??= retentionTick(db, config, now())
      .catch((err: unknown) => logger.warn(`retention tick failed: ${(err as Error).message}`))
      .finally(() => {
        running = null;
      }));
  const timer = setInterval(() => void tick(), RETENTION_TICK_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
