import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { logger } from '../../../server/log.js';
import { claimPeriod } from '../../../server/jobs/periods.js';
import { DIGEST_HOUR } from '../constants.js';
import { DIGEST_JOB } from './job.js';
import { localDay } from '../../../shared/time.js';
import { localHourAndWeekday } from './time.js';

export const DIGEST_TICK_MS = 5 * 60_000;

/**
 * One tick of the scheduler: from 07:00 Copenhagen time, queues today's digest job for everyone
 * due one (daily; weekly on Mondays) who has none yet. The job's dedupe key
 * `digest:<personId>:<day>` makes a second tick, a second server or a restart queue nothing more.
 * `orgIds` narrows the tick to some organisations (tests share one database).
 */
export async function enqueueDueDigests(
  db: Db,
  now: Date,
  options: { orgIds?: string[] } = {},
): Promise<number> {
  const { hour, weekday } = localHourAndWeekday(now);
  if (hour < DIGEST_HOUR) return 0;
  const day = localDay(now);
  const frequencies = weekday === 'Mon' ? ['daily', 'weekly'] : ['daily'];
  const inOrgs = options.orgIds
    ? options.orgIds.length
      ? sql`and p.org_id in ${options.orgIds}`
      : sql`and false`
    : sql``;
  const result = (await db.execute(sql`
    insert into jobs (org_id, kind, payload, run_at, dedupe_key, max_attempts)
    select p.org_id, ${DIGEST_JOB}, jsonb_build_object('personId', p.id, 'day', ${day}::text), ${now.toISOString()}::timestamptz,
      'digest:' || p.id || ':' || ${day}::text, 3
    from people p
    left join reminder_prefs rp on rp.org_id = p.org_id and rp.person_id = p.id
    where p.active and p.email is not null and coalesce(rp.frequency, 'daily') in ${frequencies} ${inOrgs}
      and not exists (select 1 from jobs j where j.org_id = p.org_id and j.dedupe_key = 'digest:' || p.id || ':' || ${day}::text)
    on conflict do nothing
    returning id`)) as unknown as { rows: unknown[] };
  return result.rows.length;
}

/**
 * A tick of one process: the first process to tick in a period claims it and queues the digests,
 * in one transaction (a failed tick leaves the period to the next tick); the others, finding the
 * period claimed, do nothing. Returns the number queued, or null when another process had it.
 */
export async function enqueueOncePerPeriod(db: Db, now: Date): Promise<number | null> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    if (!(await claimPeriod(tx, DIGEST_JOB, now, DIGEST_TICK_MS))) return null;
    return enqueueDueDigests(tx, now);
  });
}

export interface DigestScheduler {
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Ticks every few minutes (once per period across processes); the clock is injectable so tests never wait. */
export function startDigestScheduler(
  db: Db,
  options: { now?: () => Date; intervalMs?: number } = {},
): DigestScheduler {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= enqueueOncePerPeriod(db, now())
      .then(() => undefined)
      .catch((err: unknown) => logger.warn(`digest tick failed: ${(err as Error).message}`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? DIGEST_TICK_MS);
  timer.unref();
  const first = setTimeout(() => void tick(), 1000);
  first.unref();
  return {
    tick,
    stop: async () => {
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
