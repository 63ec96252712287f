import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';

/*
 * Moves the task's row to the period only if it is behind it; the row lock of the upsert lets
 * exactly one of several processes ticking at once see its claim returned.
 */
const claim = preparedStatement<{ task: string }>(
  'periodic_run_claim',
  `insert into periodic_runs as r (task, period) values ($1, $2::timestamptz)
   on conflict (task) do update set period = excluded.period, claimed_at = now()
     where r.period < excluded.period
   returning task`,
);

/** The start of the period of `periodMs` that `now` falls in (periods counted from the epoch). */
export function periodStart(now: Date, periodMs: number): Date {
  return new Date(Math.floor(now.getTime() / periodMs) * periodMs);
}

/**
 * Claims this period of a periodic task for the calling process: true for the first claim of
 * the period across every process on the database, false for every later one. A task that must
 * run once per period, however many app processes tick, runs only when this says true.
 */
export async function claimPeriod(db: Db, task: string, now: Date, periodMs: number): Promise<boolean> {
  const rows = await claim(db, [task, periodStart(now, periodMs).toISOString()]);
  return rows.length > 0;
}
