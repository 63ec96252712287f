/**
 * The real app, configured as in production, in its own process so its memory can be read
 * apart from the load generator's. Started by bench/load.ts; tells its port over IPC.
 *   BENCH_ENGINE=postgres BENCH_DATABASE_URL=…   or   BENCH_ENGINE=pglite BENCH_DATA_DIR=…
 */
import crypto from 'node:crypto';
import { loadConfig } from '../src/server/config.js';
import { createApp } from '../src/server/app.js';
import { openTarget } from './engines.js';
import { BENCH_NOTES_MASTER_KEYS } from './note-key.js';
import { serverTargetFromEnv, listenAndReport } from './child.js';

const target = serverTargetFromEnv();
const config = loadConfig({
  NODE_ENV: 'production',
  SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
  PUBLIC_URL: 'http://127.0.0.1',
  LOG_REQUESTS: 'false',
  JOBS: 'false',
  DEMO: 'false',
  NOTES_MASTER_KEYS: BENCH_NOTES_MASTER_KEYS,
  DATA_DIR: target.engine === 'pglite' ? target.dataDir : '/nonexistent',
  ...(target.engine === 'postgres' ? { DATABASE_URL: target.url } : {}),
});
const database = await openTarget(target, config.databasePoolSize);
const app = createApp({ config, database, serveWeb: true });
listenAndReport(app.fetch, database);
