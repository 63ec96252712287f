import type { SQL } from 'drizzle-orm';
import type { Database, Db } from '../src/server/db/client.js';
import { loadConfig } from '../src/server/config.js';
import { createApp } from '../src/server/app.js';
import { loadActor } from '../src/modules/auth/session.js';
import { getPerson } from '../src/modules/org/services/get-person.js';
import { getUnit } from '../src/modules/org/services/get-unit.js';
import type { SignedInContext } from '../src/server/http/context.js';
import { actorFor, barePerson, bareUnit } from './bare-queries.js';
import type { BenchRequest, Scenarios } from './sessions.js';
import { proposals } from './proposals.js';
import { planningVersusExecution } from './plans.js';

/*
 * Where a request's time goes, one request at a time (no concurrency, so the figures are
 * latencies, not throughput): the session lookup, each SQL statement of the handler, the
 * service as the app runs it (query builder and policy), and the whole app in-process.
 */

interface Stat {
  step: string;
  mean: number;
  p95: number;
  n: number;
  cpu?: number;
}
/** Wall-clock samples, plus the CPU this process spent per request (for PGlite that includes the database). */
type Timed = number[] & { cpuMs?: number };

const ITERATIONS = 150;
const WARMUP = 50;

function stat(step: string, samples: Timed): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
  return {
    step,
    mean,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
    n: samples.length,
    cpu: samples.cpuMs,
  };
}

/** A Db whose execute() records each statement's time under the label the caller gives next. */
function timedDb(db: Db, labels: string[], samples: Map<string, number[]>, last: Map<string, SQL>): Db {
  let call = 0;
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'execute') return Reflect.get(target, prop, receiver);
      return async (query: unknown) => {
        const label = labels[call++ % labels.length]!;
        last.set(label, query as SQL);
        const t0 = performance.now();
        try {
          return await target.execute(query as never);
        } finally {
          const list = samples.get(label) ?? [];
          list.push(performance.now() - t0);
          samples.set(label, list);
        }
      };
    },
  });
}

async function timeEach(requests: BenchRequest[], fn: (r: BenchRequest) => Promise<unknown>): Promise<Timed> {
  const out: Timed = [];
  // Unmeasured rounds first, so the JIT has compiled the paths being timed.
  for (let i = 0; i < WARMUP; i++) await fn(requests[(ITERATIONS + i) % requests.length]!);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < ITERATIONS; i++) {
    const r = requests[i % requests.length]!;
    const t0 = performance.now();
    await fn(r);
    out.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  out.cpuMs = (cpu.user + cpu.system) / 1000 / ITERATIONS;
  return out;
}

export async function profile(database: Database, scenarios: Scenarios): Promise<string> {
  const db = database.db;
  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'false', JOBS: 'false' });
  const app = createApp({ config, database, serveWeb: false });
  const stats: Stat[] = [];
  const statements = new Map<string, SQL>();
  const ctxFor = async (r: BenchRequest): Promise<SignedInContext> => {
    const token = /mup_session=([^;]+)/.exec(r.cookie)![1]!;
    const loaded = await loadActor(db, config, token, new Date());
    if (!loaded) throw new Error('session not found');
    return { db, engine: database.engine, config, actor: loaded.actor, now: () => new Date(), ip: 'bench' };
  };
  const request = async (r: BenchRequest) => {
    const res = await app.request(r.path, { headers: { cookie: r.cookie } });
    if (res.status !== 200) throw new Error(`${r.path}: ${res.status}`);
    await res.text();
  };

  const token = (r: BenchRequest) => /mup_session=([^;]+)/.exec(r.cookie)![1]!;
  stats.push(
    stat(
      'session lookup (loadActor: 2 queries)',
      await timeEach(scenarios.person, (r) => loadActor(db, config, token(r), new Date())),
    ),
  );

  const personLabels = [
    'person: load person',
    'person: nearest leaders (recursive)',
    'person: audit insert',
    'person: memberships',
    'person: teams',
  ];
  const unitLabels = [
    'unit: load unit',
    'unit: ancestors (recursive)',
    'unit: children + member counts',
    'unit: members',
    'unit: visible teams',
  ];
  for (const [name, requests, labels, bare, service] of [
    ['person', scenarios.person, personLabels, barePerson, getPerson],
    ['unit', scenarios.unit, unitLabels, bareUnit, getUnit],
  ] as const) {
    const samples = new Map<string, number[]>();
    const actors = new Map<string, Awaited<ReturnType<typeof actorFor>>>();
    const traced = timedDb(db, labels, samples, statements);
    const total = await timeEach(requests, async (r) => {
      if (!actors.has(r.actorId)) actors.set(r.actorId, await actorFor(db, r.actorId));
      const id = r.expectId;
      if (!(await bare(traced, actors.get(r.actorId)!, id))) throw new Error(`bare ${name} ${id} not found`);
    });
    for (const label of labels) stats.push(stat(label, samples.get(label) ?? []));
    stats.push(stat(`${name}: all handler SQL (bare)`, total));
    const ctxs = new Map<string, SignedInContext>();
    stats.push(
      stat(
        `${name}: service as the app runs it`,
        await timeEach(requests, async (r) => {
          if (!ctxs.has(r.actorId)) ctxs.set(r.actorId, await ctxFor(r));
          await (service as typeof getPerson)({ ctx: ctxs.get(r.actorId)!, input: { id: r.expectId } });
        }),
      ),
    );
    stats.push(stat(`${name}: whole app in-process (app.request)`, await timeEach(requests, request)));
  }

  const lines = [
    `Sequential latency per step on ${database.engine === 'postgres' ? 'PostgreSQL' : 'PGlite'} (${ITERATIONS} requests each, one at a time, in-process):`,
    '',
    '| step | mean ms | p95 ms | CPU ms/req in this process |',
    '|---|---:|---:|---:|',
    ...stats.map(
      (s) =>
        `| ${s.step} | ${s.mean.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.cpu === undefined ? '' : s.cpu.toFixed(2)} |`,
    ),
  ];
  // EXPLAIN ANALYZE of the insert would write rows; it is a plain one-row insert anyway.
  statements.delete('person: audit insert');
  lines.push('', ...(await planningVersusExecution(db, statements)));
  lines.push('', await proposals(database, scenarios));
  return lines.join('\n');
}
