import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.js';
import type { Config } from '../src/server/config.js';
import { createApp } from '../src/server/app.js';
import { cpuSecondsOf } from './proc.js';
import type { BenchRequest, Scenarios } from './sessions.js';

/*
 * The person and unit pages through the whole app in-process, with the session resolved in the
 * page's statement (ADR 0019) and with it looked up first (createApp's pageSessions: false), in
 * alternating blocks so that both paths meet the same spells of a shared machine's load. CPU is
 * counted per process (this one, and on PostgreSQL every backend of the database, the one asking
 * included: one at a time, the pool hands the requests that same connection), so a busy machine
 * slows the requests but hardly changes what each one costs.
 */

const BLOCKS = 6;
const PER_BLOCK = 300;
const WARMUP = 100;

interface Block {
  nodeMs: number;
  postgresMs: number;
  wallMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function sessionPaths(database: Database, config: Config, scenarios: Scenarios) {
  const apps = {
    statement: createApp({ config, database, serveWeb: false }),
    lookup: createApp({ config, database, serveWeb: false, pageSessions: false }),
  };
  const backends = async () =>
    database.engine === 'postgres'
      ? (
          (await database.db.execute(
            sql`select pid from pg_stat_activity where datname = current_database()`,
          )) as unknown as { rows: { pid: number }[] }
        ).rows.map((r) => r.pid)
      : [];
  const run = async (
    app: ReturnType<typeof createApp>,
    requests: BenchRequest[],
    n: number,
    from: number,
  ) => {
    for (let i = 0; i < n; i++) {
      const r = requests[(from + i) % requests.length]!;
      const res = await app.request(r.path, { headers: { cookie: r.cookie } });
      if (res.status !== 200) throw new Error(`${r.path}: ${res.status}`);
      await res.text();
    }
  };
  const block = async (app: ReturnType<typeof createApp>, requests: BenchRequest[], from: number) => {
    const pg0 = cpuSecondsOf(await backends());
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await run(app, requests, PER_BLOCK, from);
    const wallMs = (performance.now() - t0) / PER_BLOCK;
    const cpu = process.cpuUsage(cpu0);
    const pg1 = cpuSecondsOf([...pg0.keys(), ...(await backends())]);
    const pgSeconds = [...pg1].reduce((sum, [pid, s]) => sum + s - (pg0.get(pid) ?? 0), 0);
    return {
      nodeMs: (cpu.user + cpu.system) / 1000 / PER_BLOCK,
      postgresMs: (pgSeconds * 1000) / PER_BLOCK,
      wallMs,
    };
  };

  const lines = [
    `The session path, whole app in-process, one request at a time (${BLOCKS} alternating blocks of ${PER_BLOCK} requests per path after ${WARMUP} warm-up; median block, min–max):`,
    '',
    '| page | session | Node CPU ms/req | PostgreSQL CPU ms/req | ms/req (wall) |',
    '|---|---|---:|---:|---:|',
  ];
  for (const [name, requests] of [
    ['person', scenarios.person],
    ['unit', scenarios.unit],
  ] as const) {
    await run(apps.statement, requests, WARMUP, 0);
    await run(apps.lookup, requests, WARMUP, 0);
    const blocks: Record<keyof typeof apps, Block[]> = { statement: [], lookup: [] };
    for (let b = 0; b < BLOCKS; b++) {
      // Which path goes first alternates too, and both read the same requests.
      const order = b % 2 === 0 ? (['statement', 'lookup'] as const) : (['lookup', 'statement'] as const);
      for (const path of order) blocks[path].push(await block(apps[path], requests, b * PER_BLOCK));
    }
    for (const path of ['lookup', 'statement'] as const) {
      const cell = (f: (b: Block) => number) => {
        const xs = blocks[path].map(f);
        return `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
      };
      lines.push(
        `| ${name} | ${path === 'lookup' ? 'looked up first' : "in the page's statement"} | ${cell((b) => b.nodeMs)} | ${database.engine === 'postgres' ? cell((b) => b.postgresMs) : '–'} | ${cell((b) => b.wallMs)} |`,
      );
    }
  }
  return lines.join('\n');
}
