import type { ServerType } from '@hono/node-server';
import type { Database } from '../src/server/db/client.js';
import { DEFAULT_DATABASE_URL, type BenchTarget } from './engines.js';

/** What a server child reports to bench/load.ts over IPC once it listens. */
export interface ChildReady { port: number }

export function serverTargetFromEnv(): BenchTarget {
  if (process.env.BENCH_ENGINE === 'pglite') {
    const dataDir = process.env.BENCH_DATA_DIR;
    if (!dataDir) throw new Error('BENCH_DATA_DIR is required for PGlite');
    return { engine: 'pglite', dataDir };
  }
  return { engine: 'postgres', url: process.env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL };
}

/**
 * Listens on a free loopback port, reports it to the parent, and shuts down cleanly (closing the
 * database, which releases PGlite's data-directory lock) on SIGTERM or when the parent goes away.
 */
export function listenAndReport(start: (port: number) => ServerType, database: Database) {
  const server = start(0);
  server.once('listening', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.send?.({ port } satisfies ChildReady);
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await database.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
}
