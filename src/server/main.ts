import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/lock.js';
import { createApp } from './app.js';
import { startJobs } from './jobs/start.js';
import { logger } from './log.js';
import { demoSignInText, ensureDemoOrganisation } from '../modules/demo/seed.js';
import { ensureNeighbourOrganisation } from '../modules/demo/neighbour.js';

async function main() {
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
  if (config.demo) {
    const created = await ensureDemoOrganisation(database.db, config);
    logger.info(created ?? demoSignInText(config, false));
    if (config.demoNeighbour && (await ensureNeighbourOrganisation(database.db))) {
      logger.info('Created the neighbour organisation "Nabokommunen" (DEMO_NEIGHBOUR).');
    }
  }
  const jobs = config.jobs ? startJobs(database.db, config) : null;
  const app = createApp({ config, database });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    logger.info(`MUP is running at ${config.publicUrl} (listening on ${info.address}:${info.port})`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping`);
    server.close();
    await jobs?.stop();
    await database.close();
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
