import crypto from 'node:crypto';
import pg from 'pg';

/** Administrative statements go through the maintenance database, so nobody holds the template open. */
function adminClient(): pg.Client {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = '/postgres';
  return new pg.Client({ connectionString: url.toString() });
}

/**
 * A private copy of the migrated test database for one block of tests: files running in parallel
 * then never see each other's rows or take each other's queued jobs.
 */
export async function copyOfTestDatabase(): Promise<string> {
  const base = new URL(process.env.TEST_DATABASE_URL!);
  const template = base.pathname.slice(1);
  const name = `${template}_t${crypto.randomBytes(5).toString('hex')}`;
  const client = adminClient();
  await client.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`create database ${name} template ${template}`);
        break;
      } catch (err) {
        // Two copies started at the same instant can collide on the template; try again shortly.
        if (attempt >= 10 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  } finally {
    await client.end();
  }
  base.pathname = `/${name}`;
  return base.toString();
}

/**
 * Extra, empty PostgreSQL databases beside TEST_DATABASE_URL's, for tests that need a whole
 * database of their own (backup and restore). Named `<test database>_<suffix>`; the role needs
 * CREATEDB. Returns null when the PostgreSQL engine is not under test.
 */
export async function freshPostgresDatabase(suffix: string): Promise<string | null> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return null;
  const url = new URL(base);
  const name = `${url.pathname.slice(1)}_${suffix}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unusable test database name ${name}`);
  const client = adminClient();
  await client.connect();
  try {
    await dropDatabase(client, name);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPostgresDatabase(dbUrl: string) {
  const url = new URL(dbUrl);
  const name = url.pathname.slice(1);
  const client = adminClient();
  await client.connect();
  try {
    await dropDatabase(client, name);
  } finally {
    await client.end();
  }
}

/**
 * DROP … WITH (FORCE) also terminates an autovacuum worker that happens to be in the database,
 * and a role without pg_signal_backend may not do that (42501). A plain DROP asks the worker to
 * stop and waits for it, so fall back to that, a few times.
 */
export async function dropDatabase(client: pg.Client, name: string) {
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== '42501') throw err;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`drop database if exists ${name}`);
      return;
    } catch (err) {
      if (attempt >= 10 || (err as { code?: string }).code !== '55006') throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}
