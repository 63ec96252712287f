import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { ConfigError, loadConfig, serverClock } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/lock.js';
import { createApp } from './app.js';
import { startJobs } from './jobs/start.js';
import { describeError, logger } from './log.js';
import { markBuildInUse } from './builds.js';
import { rewrapNoteKeys, sealPlainNotes } from './crypto/rotate.js';
import {
  demoSignInText,
  ensureDemoOrganisation,
  ensureNeighbourOrganisation,
  JOURNEY_ORG,
} from '../modules/demo/index.js';

/** How long a stop may take (requests finishing, a job ending) before the process exits anyway. */
const STOP_WITHIN_MS = 10_000;

async function main() {
  markBuildInUse(fileURLToPath(import.meta.url));
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { engine: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
      : { engine: 'pglite', dataDir: config.dataDir },
  );
  logger.info(
    database.engine === 'postgres'
      ? 'Database: PostgreSQL (DATABASE_URL)'
      : `Database: embedded PGlite in ${config.dataDir}`,
  );
  // Keys wrapped under an older master key, and notes from before notes were sealed: usually none.
  const rewrapped = await rewrapNoteKeys(database.db, config);
  const sealed = await sealPlainNotes(database.db, config);
  if (rewrapped || sealed)
    logger.info(
      `Private notes: ${rewrapped} key(s) wrapped under the current master key, ${sealed} note(s) sealed.`,
    );
  if (config.demo) {
    const created = await ensureDemoOrganisation(database.db, config);
    logger.info(created ?? demoSignInText(config, false));
    if (config.demoJourneys) {
      const journeys = await ensureDemoOrganisation(database.db, config, JOURNEY_ORG);
      if (journeys) logger.info(journeys);
    }
    if (config.demoNeighbour && (await ensureNeighbourOrganisation(database.db))) {
      logger.info('Created the neighbour organisation "Nabokommunen" (DEMO_NEIGHBOUR).');
    }
  }
  const now = serverClock(config);
  const jobs = config.jobs ? startJobs(database.db, config, now) : null;
  const app = createApp({ config, database, now });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    logger.info(`MUP is running at ${config.publicUrl} (listening on ${info.address}:${info.port})`);
  }) as Server;

  /*
   * In order: stop taking connections and let the requests in flight finish (closing idle
   * keep-alive connections as they come free), stop the jobs (a running job ends first), close
   * the database (PGlite writes its files), release the data-directory lock, exit. A stop that
   * takes longer than STOP_WITHIN_MS, or a second signal, ends the process at once; the lock is
   * released on exit either way.
   */
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.info(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: stopping`);
    setTimeout(() => {
      logger.error(`Not stopped within ${STOP_WITHIN_MS / 1000} s: exiting now`);
      process.exit(1);
    }, STOP_WITHIN_MS).unref();
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    clearInterval(idle);
    await jobs?.stop().catch((err: unknown) => logger.error('Stopping the jobs failed', describeError(err)));
    await database
      .close()
      .catch((err: unknown) => logger.error('Closing the database failed', describeError(err)));
    logger.info('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(`\n${err.message}\n`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
