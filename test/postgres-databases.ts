import pg from 'pg';

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
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
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
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}
