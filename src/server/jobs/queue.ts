import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { jobs } from './schema.js';

export interface NewJob {
  orgId: string;
  kind: string;
  payload: Record<string, unknown>;
  runAt?: Date;
  /** A job with the same key in the same organisation is queued once only. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/** Queues a job. Call it in the transaction that causes the job, so both happen or neither. */
export async function enqueue(db: Db, job: NewJob): Promise<boolean> {
  const rows = await db
    .insert(jobs)
    .values({
      orgId: job.orgId,
      kind: job.kind,
      payload: job.payload,
      runAt: job.runAt ?? new Date(),
      dedupeKey: job.dedupeKey ?? null,
      maxAttempts: job.maxAttempts ?? 5,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export type ClaimedJob = typeof jobs.$inferSelect;

/**
 * Claims the next due job. The claim is a lease: a job whose worker died is claimed again once
 * `locked_until` passes. SKIP LOCKED lets several workers share the queue on PostgreSQL.
 */
export async function claimNext(db: Db, now: Date, leaseMs = 5 * 60_000): Promise<ClaimedJob | null> {
  const lease = new Date(now.getTime() + leaseMs);
  const rows = await db.execute<{ id: number }>(sql`
    update jobs set status = 'running', attempts = attempts + 1, locked_until = ${lease.toISOString()}
    where id = (
      select id from jobs
      where (status = 'pending' and run_at <= ${now.toISOString()})
         or (status = 'running' and locked_until < ${now.toISOString()})
      order by run_at
      limit 1
      for update skip locked
    )
    returning id`);
  const id = (rows as unknown as { rows: { id: number }[] }).rows[0]?.id;
  if (id === undefined) return null;
  const [job] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.id, Number(id)));
  return job ?? null;
}

export async function completeJob(db: Db, job: ClaimedJob, now: Date) {
  await db
    .update(jobs)
    .set({ status: 'done', finishedAt: now, lockedUntil: null, lastError: null })
    .where(and(eq(jobs.id, job.id), eq(jobs.orgId, job.orgId)));
}

/** Retries with exponential back-off (30 s, 2 min, 8 min…) until the attempts are used up. */
export async function failJob(db: Db, job: ClaimedJob, error: string, now: Date) {
  const final = job.attempts >= job.maxAttempts;
  const delay = 30_000 * 4 ** Math.max(0, job.attempts - 1);
  await db
    .update(jobs)
    .set({
      status: final ? 'failed' : 'pending',
      lastError: error.slice(0, 2000),
      lockedUntil: null,
      runAt: final ? job.runAt : new Date(now.getTime() + delay),
      finishedAt: final ? now : null,
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.orgId, job.orgId)));
}
