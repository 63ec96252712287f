import crypto from 'node:crypto';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { serve } from '@hono/node-server';
import type { Database } from '../src/server/db/client.js';
import { DEFAULT_DATABASE_URL, type BenchTarget } from './engines.js';
import { BENCH_NOTES_MASTER_KEYS } from './note-key.js';

/** What a server child reports to bench/load.ts over IPC once it listens. */
export interface ChildReady {
  port: number;
}
/** Messages from bench/load.ts: profile the CPU over one measurement only, not start-up. */
export type ChildCommand = { cmd: 'cpu-start' } | { cmd: 'cpu-stop'; file: string };
export interface ChildReply {
  done: ChildCommand['cmd'];
}

export function serverTargetFromEnv(): BenchTarget {
  if (process.env.BENCH_ENGINE === 'pglite') {
    const dataDir = process.env.BENCH_DATA_DIR;
    if (!dataDir) throw new Error('BENCH_DATA_DIR is required for PGlite');
    return { engine: 'pglite', dataDir };
  }
  return { engine: 'postgres', url: process.env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL };
}

/** The app's settings in the benchmark: production, without the request log, jobs or the demo. */
export function appServerEnv(target: BenchTarget): Record<string, string> {
  return {
    NODE_ENV: 'production',
    SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
    PUBLIC_URL: 'http://127.0.0.1',
    LOG_REQUESTS: 'false',
    JOBS: 'false',
    DEMO: 'false',
    NOTES_MASTER_KEYS: BENCH_NOTES_MASTER_KEYS,
    DATA_DIR: target.engine === 'pglite' ? target.dataDir : '/nonexistent',
    ...(target.engine === 'postgres' ? { DATABASE_URL: target.url } : {}),
  };
}

type Fetch = (request: Request, ...rest: any[]) => Response | Promise<Response>;

/**
 * Serves `fetch` on a free loopback port, reports the port to the parent, and shuts down cleanly
 * (closing the database, which releases PGlite's data-directory lock) on SIGTERM or when the
 * parent goes away.
 */
export function listenAndReport(fetch: Fetch, database: Database) {
  // Requests still running when the load generator hangs up must finish before the pool closes.
  let inFlight = 0;
  const tracked: Fetch = async (request, ...rest) => {
    inFlight++;
    try {
      return await fetch(request, ...rest);
    } finally {
      inFlight--;
    }
  };
  const server = serve({ fetch: tracked, hostname: '127.0.0.1', port: 0 }, (info) => {
    process.send?.({ port: info.port } satisfies ChildReady);
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    for (let waited = 0; inFlight > 0 && waited < 10_000; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    await database.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
  process.on('message', (m: ChildCommand) => void profileCommand(m));
}

let inspector: Session | null = null;

async function profileCommand(m: ChildCommand) {
  if (m.cmd === 'cpu-start') {
    inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  } else if (inspector) {
    const { profile } = await inspector.post('Profiler.stop');
    fs.writeFileSync(m.file, JSON.stringify(profile));
    inspector.disconnect();
    inspector = null;
  }
  process.send?.({ done: m.cmd } satisfies ChildReply);
}
