import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.js';
import { loadConfig } from '../src/server/config.js';
import { createApp } from '../src/server/app.js';
import { actorStatementText, loadActor } from '../src/modules/auth/session.js';
import { hashToken } from '../src/modules/auth/tokens.js';
import { getPerson, personPageStatement } from '../src/modules/org/services/get-person.js';
import { getUnit, unitPageStatement } from '../src/modules/org/services/get-unit.js';
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

/**
 * A prepared statement's text with the values written in as literals, for EXPLAIN: the text casts
 * every parameter ($1::uuid, array[$2::uuid], $4::boolean), so a quoted literal takes its place.
 */
function inlined(text: string, values: readonly unknown[]): SQL {
  return sql.raw(
    text.replace(/\$(\d+)/g, (_, n: string) => {
      const value = values[Number(n) - 1];
      if (value === null) return 'null';
      const literal = Array.isArray(value) ? `{${value.join(',')}}` : String(value);
      return `'${literal.replace(/'/g, "''")}'`;
    }),
  );
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
      'session lookup (loadActor: 1 prepared statement)',
      await timeEach(scenarios.person, (r) => loadActor(db, config, token(r), new Date())),
    ),
  );

  // Each page is one prepared statement (the same in the app and the bare server).
  for (const [name, requests, bare, service] of [
    ['person', scenarios.person, barePerson, getPerson],
    ['unit', scenarios.unit, bareUnit, getUnit],
  ] as const) {
    const actors = new Map<string, Awaited<ReturnType<typeof actorFor>>>();
    const total = await timeEach(requests, async (r) => {
      if (!actors.has(r.actorId)) actors.set(r.actorId, await actorFor(db, r.actorId));
      const id = r.expectId;
      if (!(await bare(db, actors.get(r.actorId)!, id))) throw new Error(`bare ${name} ${id} not found`);
    });
    stats.push(stat(`${name}: the page's statement (bare)`, total));
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

  // Planning against execution as if unprepared. The person page is explained as read by the
  // person themselves, so EXPLAIN ANALYZE writes no audit row.
  const person = scenarios.person[0]!;
  const unit = scenarios.unit[0]!;
  const unitActor = (await actorFor(db, unit.actorId))!;
  const orgId = unitActor.orgId;
  statements.set(
    'session lookup',
    inlined(actorStatementText, [hashToken(token(person)), new Date().toISOString()]),
  );
  statements.set(
    'person page',
    inlined(personPageStatement.text, [
      orgId,
      person.expectId,
      person.expectId,
      null,
      new Date().toISOString(),
    ]),
  );
  statements.set('unit page', inlined(unitPageStatement.text, [orgId, unit.expectId, unitActor.personId]));

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
  lines.push('', ...(await planningVersusExecution(db, statements)));
  lines.push('', await proposals(database, scenarios));
  return lines.join('\n');
}
