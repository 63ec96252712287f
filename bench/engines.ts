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
 * benchmark's own), PGlite gets a fresh temporary data directory.
 */
export async function prepareTarget(engine: Engine): Promise<BenchTarget> {
  if (engine === 'pglite') {
    return { engine, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'mup-bench-')) };
  }
  const url = process.env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop schema if exists drizzle cascade');
    await client.query('drop schema if exists public cascade');
    await client.query('create schema public');
  } finally {
    await client.end();
  }
  return { engine, url };
}

export function openTarget(target: BenchTarget, poolSize = 20): Promise<Database> {
  return target.engine === 'postgres'
    ? openDatabase({ engine: 'postgres', url: target.url, poolSize })
    : openDatabase({ engine: 'pglite', dataDir: target.dataDir });
}

export function cleanupTarget(target: BenchTarget) {
  if (target.engine === 'pglite') fs.rmSync(target.dataDir, { recursive: true, force: true });
}

export const describeTarget = (target: BenchTarget) =>
  target.engine === 'postgres' ? `PostgreSQL ${target.url.replace(/:[^:@/]*@/, ':***@')}` : `PGlite in ${target.dataDir}`;

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
