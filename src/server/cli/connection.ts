import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Engine } from '../db/client.js';
import { lockDataDir } from '../db/lock.js';

/** Where a backup is read from or restored into. */
export type CliTarget = { engine: 'postgres'; url: string } | { engine: 'pglite'; dataDir: string };

export interface Queryer {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/**
 * One plain connection for backup and restore, the same on both engines. It bypasses Drizzle's
 * schema on purpose: a backup copies whatever tables the database has, and values travel as
 * JSON text so no type is parsed differently by the two drivers.
 */
export interface CliConnection extends Queryer {
  engine: Engine;
  transaction<T>(mode: 'read' | 'write', fn: (q: Queryer) => Promise<T>): Promise<T>;
  migrate(migrationsFolder: string): Promise<void>;
  close(): Promise<void>;
}

export async function connect(target: CliTarget, options: { create: boolean }): Promise<CliConnection> {
  return target.engine === 'postgres'
    ? connectPostgres(target.url)
    : connectPglite(target.dataDir, options.create);
}

async function connectPostgres(url: string): Promise<CliConnection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q: Queryer = { query: async (text, params) => (await client.query(text, params)).rows };
  return {
    engine: 'postgres',
    ...q,
    async transaction(mode, fn) {
      // REPEATABLE READ: a backup taken while the server runs sees one consistent moment.
      await client.query(mode === 'read' ? 'begin isolation level repeatable read read only' : 'begin');
      try {
        const result = await fn(q);
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback');
        throw err;
      }
    },
    migrate: (folder) => migratePg(drizzlePg({ client }), { migrationsFolder: folder }),
    close: () => client.end(),
  };
}

async function connectPglite(dataDir: string, create: boolean): Promise<CliConnection> {
  const dir = path.resolve(dataDir);
  const pgDir = path.join(dir, 'pg');
  if (!create && !fs.existsSync(pgDir)) {
    throw new CliError(
      `There is no MUP database in ${dir} (DATA_DIR). Set DATA_DIR or DATABASE_URL to the database to back up.`,
    );
  }
  // The same lock as the server: a backup or restore never runs beside a running server.
  const release = lockDataDir(dir);
  try {
    const client = new PGlite(pgDir);
    await client.waitReady;
    return {
      engine: 'pglite',
      query: async (text, params) => (await client.query(text, params)).rows as never,
      transaction: (_mode, fn) =>
        client.transaction((tx) =>
          fn({ query: async (text, params) => (await tx.query(text, params)).rows as never }),
        ),
      migrate: (folder) => migratePglite(drizzlePglite({ client }), { migrationsFolder: folder }),
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

/** A problem the person running the command can fix; printed without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}
