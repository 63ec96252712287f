import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { MAIL_JOB, createTransport, mailJobHandler } from '../mail/send.js';
import { JobWorker, type JobHandler } from './worker.js';

/** Every job kind and its handler; modules add theirs here. */
export function jobHandlers(db: Db, config: Config): Record<string, JobHandler> {
  return {
    [MAIL_JOB]: mailJobHandler(db, config, createTransport(config)),
  };
}

export function startJobs(db: Db, config: Config): JobWorker {
  const worker = new JobWorker(db, jobHandlers(db, config));
  worker.start();
  return worker;
}
