import path from 'node:path';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';
import { lockDataDir } from './lock.js';
import { NamedStatementPGlite } from './pglite-named.js';
import { logger } from '../log.js';
import { APP_ROOT } from '../paths.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(APP_ROOT, 'drizzle');

export type DatabaseTarget =
  | { engine: 'postgres'; url: string; poolSize?: number }
  /** `dataDir: null` is an in-memory database (tests). */
  | { engine: 'pglite'; dataDir: string | null };

/** Opens the database, takes the data-directory lock for PGlite, and applies migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection that PostgreSQL ends (a restart, a failover, an administrator) emits 'error' on the
    // pool; unhandled, that event would take the whole process down. The pool replaces the connection itself.
    pool.on('error', (err) => logger.warn(`an idle database connection was closed: ${err.message}`));
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    try {
      await migrateExclusively(pool);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return { db, engine: 'postgres', close: () => pool.end() };
  }

  // PGlite: one process per data directory (the lock), so its migrations never race.
  const release = target.dataDir ? lockDataDir(path.resolve(target.dataDir)) : () => {};
  try {
    // Its transactions say which instance they belong to, so prepared statements run by name in them too.
    const client = target.dataDir
      ? new NamedStatementPGlite(path.resolve(target.dataDir, 'pg'))
      : new NamedStatementPGlite();
    await client.waitReady;
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db,
      engine: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** The advisory lock every MUP process takes around its migrations: 'mup' and 1. */
export const MIGRATION_LOCK = [0x6d7570, 1] as const;

/*
 * Several processes may start on one PostgreSQL database at the same moment (a deployment of N
 * processes, a restart of all). Each applies the migrations under one session-level advisory
 * lock, so the first applies them and the others wait, then find nothing left to apply. Without
 * it both would create the same tables in parallel transactions and one would fail to start.
 */
async function migrateExclusively(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
    try {
      await migratePg(drizzlePg({ client, schema }) as never, { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await client.query('select pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
