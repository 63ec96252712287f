import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { MAIL_JOB, createTransport, mailJobHandler } from '../mail/send.js';
import { JobWorker, type JobHandler } from './worker.js';
import { IMPORT_APPLY_JOB, importJobHandler } from '../../modules/import/index.js';
import { DIGEST_JOB, digestJobHandler, startDigestScheduler } from '../../modules/reminders/index.js';
import { OS2MO_SYNC_JOB, os2moJobHandler, startOs2moScheduler } from '../../modules/os2mo/index.js';
import { startWheelReminders } from '../../modules/year-wheel/index.js';
import { startRetentionScheduler } from '../../modules/privacy/index.js';

/** Every job kind and its handler; modules add theirs here. */
export function jobHandlers(
  db: Db,
  config: Config,
  now: () => Date = () => new Date(),
): Record<string, JobHandler> {
  return {
    [MAIL_JOB]: mailJobHandler(db, config, createTransport(config)),
    [IMPORT_APPLY_JOB]: importJobHandler(db, config),
    [DIGEST_JOB]: digestJobHandler(db, config, now),
    [OS2MO_SYNC_JOB]: os2moJobHandler(db, config),
  };
}

/** The worker, and the periodic tick that queues the reminder digests; `stop` ends both. */
export function startJobs(
  db: Db,
  config: Config,
  now: () => Date = () => new Date(),
): { stop: () => Promise<void> } {
  const worker = new JobWorker(db, jobHandlers(db, config, now), now);
  worker.start();
  const digests = startDigestScheduler(db, { now });
  const os2mo = startOs2moScheduler(db, now);
  const wheel = startWheelReminders(db, config, { now });
  const retention = startRetentionScheduler(db, config, { now });
  return {
    stop: async () => {
      await digests.stop();
      await os2mo.stop();
      await wheel.stop();
      await retention.stop();
      await worker.stop();
    },
  };
}
