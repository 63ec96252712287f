/**
 * The real app, configured as in production, in its own process so its memory can be read
 * apart from the load generator's. Started by bench/load.ts; tells its port over IPC.
 *   BENCH_ENGINE=postgres BENCH_DATABASE_URL=…   or   BENCH_ENGINE=pglite BENCH_DATA_DIR=…
 */
import { loadConfig } from '../src/server/config.js';
import { createApp } from '../src/server/app.js';
import { openTarget } from './engines.js';
import { appServerEnv, serverTargetFromEnv, listenAndReport } from './child.js';

const target = serverTargetFromEnv();
const config = loadConfig(appServerEnv(target));
const database = await openTarget(target, config.databasePoolSize);
const app = createApp({ config, database, serveWeb: true });
listenAndReport(app.fetch, database);
