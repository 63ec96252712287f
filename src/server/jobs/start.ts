import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { MAIL_JOB, createTransport, mailJobHandler } from '../mail/send.js';
import { JobWorker, type JobHandler } from './worker.js';
import { IMPORT_APPLY_JOB, importJobHandler } from '../../modules/import/job.js';

/** Every job kind and its handler; modules add theirs here. */
export function jobHandlers(db: Db, config: Config): Record<string, JobHandler> {
  return {
    [MAIL_JOB]: mailJobHandler(db, config, createTransport(config)),
    [IMPORT_APPLY_JOB]: importJobHandler(db, config),
  };
}

export function startJobs(db: Db, config: Config): JobWorker {
  const worker = new JobWorker(db, jobHandlers(db, config));
  worker.start();
  return worker;
}
