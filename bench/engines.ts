import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from '../src/server/db/client.js';

export const DEFAULT_DATABASE_URL = 'postgres://mup:mup@localhost/mup_bench';

/** Where one engine's benchmark data lives; the app server and the bare server open the same. */
export type BenchTarget = { engine: 'postgres'; url: string } | { engine: 'pglite'; dataDir: string };

/**
 * A clean target: PostgreSQL gets its schema dropped and recreated (the bench database is the
 * benchmark's own), PGlite gets a fresh temporary data directory. On PostgreSQL the target holds
 * a session advisory lock until `cleanupTarget`, so a second benchmark started meanwhile waits
 * instead of dropping the schema under the first one.
 */
export async function prepareTarget(
  engine: Engine,
  log: (line: string) => void = () => {},
): Promise<BenchTarget> {
  if (engine === 'pglite') {
    return { engine, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'mup-bench-')) };
  }
  const url = process.env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [BENCH_LOCK]);
  if (!rows[0]?.ok) {
    log('Another benchmark is using this database; waiting for it to finish…');
    await client.query('select pg_advisory_lock($1)', [BENCH_LOCK]);
  }
  await client.query('drop schema if exists drizzle cascade');
  await client.query('drop schema if exists public cascade');
  await client.query('create schema public');
  lockHolders.set(url, client);
  return { engine, url };
}

// An arbitrary constant: the advisory lock key of "the benchmark runs on this database".
const BENCH_LOCK = 4_171_2026;
const lockHolders = new Map<string, pg.Client>();

export function openTarget(target: BenchTarget, poolSize = 20): Promise<Database> {
  return target.engine === 'postgres'
    ? openDatabase({ engine: 'postgres', url: target.url, poolSize })
    : openDatabase({ engine: 'pglite', dataDir: target.dataDir });
}

export async function cleanupTarget(target: BenchTarget) {
  if (target.engine === 'pglite') fs.rmSync(target.dataDir, { recursive: true, force: true });
  else {
    // Ending the session releases the advisory lock.
    await lockHolders.get(target.url)?.end();
    lockHolders.delete(target.url);
  }
}

export const describeTarget = (target: BenchTarget) =>
  target.engine === 'postgres'
    ? `PostgreSQL ${target.url.replace(/:[^:@/]*@/, ':***@')}`
    : `PGlite in ${target.dataDir}`;

export type RawQuery = (text: string, params: unknown[]) => Promise<unknown>;

/**
 * Runs `fn` in one transaction on the engine's own client (pg pool or PGlite), for bulk loading:
 * Drizzle's builder needs seconds to assemble one 5,000-row statement, the raw text milliseconds.
 */
export async function withRawTransaction(database: Database, fn: (query: RawQuery) => Promise<void>) {
  const client = (database.db as unknown as { $client: pg.Pool | PGlite }).$client;
  if (client instanceof PGlite) {
    await client.transaction((tx) => fn((text, params) => tx.query(text, params)));
    return;
  }
  const conn = await client.connect();
  try {
    await conn.query('begin');
    await fn((text, params) => conn.query(text, params));
    await conn.query('commit');
  } catch (err) {
    await conn.query('rollback').catch(() => {});
    throw err;
  } finally {
    conn.release();
  }
}
