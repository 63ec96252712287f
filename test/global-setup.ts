import pg from 'pg';
import { dropDatabase } from './postgres-databases.js';

/**
 * With TEST_DATABASE_URL set, the PostgreSQL suite starts from an empty database: every test
 * run drops what an earlier run left. Each test then makes its own organisation.
 */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Copies left behind by an interrupted run (see test/postgres-databases.ts).
    const template = new URL(url).pathname.slice(1);
    const stale = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${template}\\_t%`],
    );
    for (const { datname } of stale.rows) await dropDatabase(client, datname);
    await client.query(
      'drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;',
    );
  } finally {
    await client.end();
  }
  const { openDatabase } = await import('../src/server/db/client.js');
  const database = await openDatabase({ engine: 'postgres', url, poolSize: 2 });
  await database.close();
}
