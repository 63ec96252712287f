import type { Config } from '../../server/config.js';
import type { Db } from '../../server/db/client.js';
import type { JobHandler } from '../../server/jobs/worker.js';
import { IMPORT_APPLY_JOB } from './services/request-apply.js';
import { runApply } from './services/run-apply.js';

export { IMPORT_APPLY_JOB };

/** Applies an import the admin asked for; failures are recorded on the import, not retried. */
export function importJobHandler(db: Db, config: Config): JobHandler {
  return async (job) => {
    await runApply({
      db,
      config,
      orgId: job.orgId,
      importId: String(job.payload.importId),
      actorId: typeof job.payload.actorId === 'string' ? job.payload.actorId : null,
    });
  };
}
