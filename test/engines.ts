import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database, type Engine } from '../src/server/db/client.js';
import { testConfig, type Config } from '../src/server/config.js';
import { createApp, type App } from '../src/server/app.js';
import { resetRateLimits } from '../src/server/http/rate-limit.js';
import { copyOfTestDatabase, dropPostgresDatabase } from './postgres-databases.js';

export interface TestEnv {
  database: Database;
  config: Config;
  app: App;
  engine: Engine;
}

/** The engines the integration suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A database of its own for a block of tests: an in-memory PGlite, or a copy of the migrated
 * PostgreSQL test database (dropped again on close).
 */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ engine: 'pglite', dataDir: null });
  const url = await copyOfTestDatabase();
  const database = await openDatabase({ engine: 'postgres', url, poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropPostgresDatabase(url);
    },
  };
}

/**
 * Runs a describe block once per engine, with a fresh database and app for the block.
 * Tests make their own organisation with the factories, so they never share data.
 */
export function describeEachEngine(
  name: string,
  body: (env: () => TestEnv) => void,
  configOverrides: Partial<Config> = {},
) {
  for (const engine of testEngines()) {
    describe(`${name} [${engine}]`, () => {
      let env: TestEnv | null = null;
      beforeAll(async () => {
        const database = await openTestDatabase(engine);
        const config = testConfig(configOverrides);
        env = { database, config, app: createApp({ config, database, serveWeb: false }), engine };
        resetRateLimits();
      }, 180_000);
      afterAll(async () => {
        await env?.database.close();
      });
      body(() => {
        if (!env) throw new Error('test environment not ready');
        return env;
      });
    });
  }
}
