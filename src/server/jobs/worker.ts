import type { Db } from '../db/client.js';
import { logger } from '../log.js';
import { claimNext, completeJob, failJob, type ClaimedJob } from './queue.js';

export type JobHandler = (job: ClaimedJob) => Promise<void>;

/**
 * Runs due jobs one at a time. Handlers must be safe to run again for the same job (a crash
 * between sending and marking done re-runs it), which is why handlers record their own effect
 * (a mail's sent_at) and check it first.
 */
export class JobWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly handlers: Record<string, JobHandler>,
    private readonly now: () => Date = () => new Date(),
    private readonly intervalMs = 1000,
  ) {}

  start() {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.drain()
        .then(() => undefined)
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    this.timer = setTimeout(tick, 10);
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs every job that is due now; returns how many ran. */
  async drain(max = 100): Promise<number> {
    let count = 0;
    for (; count < max; count++) {
      const job = await claimNext(this.db, this.now());
      if (!job) break;
      const handler = this.handlers[job.kind];
      try {
        if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
        await handler(job);
        await completeJob(this.db, job, this.now());
      } catch (err) {
        logger.warn(`job ${job.id} (${job.kind}) failed: ${(err as Error).message}`);
        await failJob(this.db, job, (err as Error).message ?? String(err), this.now());
      }
    }
    return count;
  }
}
