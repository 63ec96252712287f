import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import os from 'node:os';
import pg from 'pg';
import type { BenchTarget } from './engines.js';
import type { ChildCommand, ChildReady, ChildReply } from './child.js';
import type { BenchRequest, Scenarios } from './sessions.js';
import { cpuSeconds, cpuSecondsOf, machineCpu, rssMiB, sampleRss } from './proc.js';
import { compareWithApp, headersFor, verify } from './verify.js';
import { summariseCpuProfile } from './cpuprofile.js';
import { runWrk } from './wrk.js';
import { ONE_AT_A_TIME, SERVER_ROUTES, type ScenarioName, type ServerKind } from './routes.js';

export interface Measurement {
  engine: BenchTarget['engine'];
  server: ServerKind;
  scenario: ScenarioName;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** Headers and body, as autocannon counts them. */
  bytesPerResponse: number;
  /** The JSON body alone, averaged over the verified sample. */
  bodyBytes: number;
  /** Summary of the server's CPU profile for this route (with --cpu-prof). */
  cpuProfile?: string;
  rssIdleMiB: number;
  rssPeakMiB: number;
  /** Share of one core the server process used during the run. */
  serverCpu: number;
  /** CPU time the server process spent per request: what bounds a single Node process. */
  cpuMsPerRequest: number;
  /** Share of the whole machine (both cores) that was busy, load generator included. */
  machineBusy: number;
  /** Share of the machine's CPU time the hypervisor took away (steal). */
  machineSteal: number;
  /** CPU per request of the PostgreSQL backends connected to the benchmark's database. */
  postgresCpuMsPerRequest: number;
  /** CPU per request of this process, the load generator. */
  loadGenCpuMsPerRequest: number;
  /** The machine's 1-minute load average at the end of the run (other helpers share the machine). */
  loadAvg: number;
}

export interface LoadOptions {
  servers: ServerKind[];
  routes: readonly ScenarioName[];
  durationSec: number;
  connections: number;
  warmupSec: number;
  /** Directory for V8 CPU profiles of the servers over each measurement, or null. */
  cpuProfileDir: string | null;
  /** The load generator: autocannon in this process, or wrk (C) in its own (bench/wrk.ts). */
  loader: 'autocannon' | 'wrk';
  /** How many times the servers take turns, each time for durationSec / rounds. */
  rounds: number;
  log: (line: string) => void;
}

const SERVER_SCRIPTS: Record<Exclude<ServerKind, 'before'>, string> = {
  app: fileURLToPath(new URL('./server.ts', import.meta.url)),
  bare: fileURLToPath(new URL('./bare-server.ts', import.meta.url)),
  'bare-session': fileURLToPath(new URL('./bare-server.ts', import.meta.url)),
};
const PATH_PREFIX: Record<ServerKind, string> = {
  app: '',
  bare: '',
  'bare-session': '/with-session',
  before: '',
};

/** The tree whose app the `before` server runs (run.ts sets it from --before). */
const serverScript = (kind: ServerKind) =>
  kind === 'before'
    ? path.join(process.env.BENCH_BEFORE_TREE ?? '', 'bench/server.ts')
    : SERVER_SCRIPTS[kind];

/**
 * Runs every scenario against the real app, then against the bare server, on one engine. With
 * `rounds` above 1 this is repeated, each round a slice of the duration, and each route's slices
 * are added up: on a machine others share, the app and its twin then meet the same spells of
 * load, and their ratio means something.
 */
export async function runLoad(
  target: BenchTarget,
  scenarios: Scenarios,
  options: LoadOptions,
): Promise<Measurement[]> {
  const slices: Measurement[] = [];
  // Bodies the app answered, to check the bare server's copied SQL still gives the same answers.
  const appBodies = new Map<string, string>();
  const sliceOptions = { ...options, durationSec: options.durationSec / options.rounds };
  for (let round = 1; round <= options.rounds; round++) {
    if (options.rounds > 1) options.log(`  round ${round} of ${options.rounds}`);
    for (const kind of options.servers) {
      const server = await startServer(kind, target);
      try {
        for (const name of options.routes.filter((r) => SERVER_ROUTES[kind].includes(r))) {
          const { bodyBytes, bodies } = await verify(
            server.url + PATH_PREFIX[kind],
            kind,
            name,
            scenarios[name],
          );
          if (kind === 'app') bodies.forEach((body, key) => appBodies.set(key, body));
          else if (round === 1) compareWithApp(kind, bodies, appBodies, options.log);
          const profileFile = options.cpuProfileDir
            ? path.join(options.cpuProfileDir, `${target.engine}-${kind}-${name}-${round}.cpuprofile`)
            : null;
          const m: Measurement = {
            ...(await measure(
              server,
              kind,
              name,
              scenarios[name],
              target,
              ONE_AT_A_TIME.includes(name) ? { ...sliceOptions, connections: 1 } : sliceOptions,
              profileFile,
            )),
            bodyBytes,
          };
          if (profileFile) m.cpuProfile = summariseCpuProfile(profileFile);
          slices.push(m);
          options.log(
            `  ${target.engine} ${kind.padEnd(12)} ${name.padEnd(12)} ${m.reqPerSec.toFixed(0).padStart(6)} req/s  ` +
              `p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}  non-2xx ${m.non2xx}  RSS ${m.rssPeakMiB.toFixed(0)} MiB  ` +
              `server CPU ${(m.serverCpu * 100).toFixed(0)}% (${m.cpuMsPerRequest.toFixed(2)} ms/request)  ` +
              `CPU ms/request: postgres ${m.postgresCpuMsPerRequest.toFixed(2)}, load generator ${m.loadGenCpuMsPerRequest.toFixed(2)}  ` +
              `load average ${m.loadAvg.toFixed(1)}`,
          );
          if (m.cpuProfile) options.log(m.cpuProfile);
        }
      } finally {
        await server.stop();
      }
    }
  }
  return options.servers.flatMap((kind) =>
    options.routes.flatMap((name) => {
      const mine = slices.filter((m) => m.server === kind && m.scenario === name);
      return mine.length ? [combine(mine)] : [];
    }),
  );
}

/**
 * One route's slices as one measurement: requests and CPU added up, rates over the summed time;
 * p50 the slices' mean weighted by requests, p99 the worst slice's (the slices' latencies are not
 * kept, so no true percentile of the whole can be formed).
 */
function combine(slices: Measurement[]): Measurement {
  if (slices.length === 1) return slices[0]!;
  const requests = slices.reduce((sum, m) => sum + m.requests, 0);
  const seconds = slices.reduce((sum, m) => sum + m.requests / m.reqPerSec, 0);
  const weighted = (f: (m: Measurement) => number) =>
    slices.reduce((sum, m) => sum + f(m) * m.requests, 0) / Math.max(1, requests);
  const timeWeighted = (f: (m: Measurement) => number) =>
    slices.reduce((sum, m) => sum + (f(m) * m.requests) / m.reqPerSec, 0) / seconds;
  const first = slices[0]!;
  return {
    ...first,
    reqPerSec: requests / seconds,
    p50: Math.round(weighted((m) => m.p50)),
    p99: Math.max(...slices.map((m) => m.p99)),
    requests,
    errors: slices.reduce((sum, m) => sum + m.errors, 0),
    non2xx: slices.reduce((sum, m) => sum + m.non2xx, 0),
    bytesPerResponse: weighted((m) => m.bytesPerResponse),
    bodyBytes: weighted((m) => m.bodyBytes),
    cpuProfile:
      slices
        .map((m) => m.cpuProfile)
        .filter(Boolean)
        .join('\n') || undefined,
    rssIdleMiB: Math.min(...slices.map((m) => m.rssIdleMiB)),
    rssPeakMiB: Math.max(...slices.map((m) => m.rssPeakMiB)),
    serverCpu: timeWeighted((m) => m.serverCpu),
    cpuMsPerRequest: weighted((m) => m.cpuMsPerRequest),
    machineBusy: timeWeighted((m) => m.machineBusy),
    machineSteal: timeWeighted((m) => m.machineSteal),
    postgresCpuMsPerRequest: weighted((m) => m.postgresCpuMsPerRequest),
    loadGenCpuMsPerRequest: weighted((m) => m.loadGenCpuMsPerRequest),
    loadAvg: timeWeighted((m) => m.loadAvg),
  };
}

/**
 * The server processes of the benchmark's database (PostgreSQL only): their CPU is the
 * database's share of each request, apart from other databases on the same server.
 */
async function postgresBackends(target: BenchTarget) {
  if (target.engine !== 'postgres') return { pids: async () => [] as number[], close: async () => {} };
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    pids: async () =>
      (
        await client.query<{ pid: number }>(
          'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        )
      ).rows.map((r) => r.pid),
    close: () => client.end(),
  };
}

interface RunningServer {
  pid: number;
  url: string;
  command(m: ChildCommand): Promise<void>;
  stop(): Promise<void>;
}

/** Forks a server script under tsx, with an IPC channel for its port; kills it on stop. */
export async function startServer(kind: ServerKind, target: BenchTarget): Promise<RunningServer> {
  const env = {
    ...process.env,
    BENCH_ENGINE: target.engine,
    ...(target.engine === 'postgres'
      ? { BENCH_DATABASE_URL: target.url }
      : { BENCH_DATA_DIR: target.dataDir }),
  };
  const child = fork(serverScript(kind), [], {
    env,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 60 s`)), 60_000);
    child.once('message', (m: ChildReady) => {
      clearTimeout(timer);
      resolve(m.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with code ${code} before listening`));
    });
  });
  const command = (m: ChildCommand) =>
    new Promise<void>((resolve) => {
      const onReply = (reply: ChildReply) => {
        if (reply.done !== m.cmd) return;
        child.off('message', onReply);
        resolve();
      };
      child.on('message', onReply);
      child.send(m);
    });
  return { pid: child.pid!, url: `http://127.0.0.1:${port}`, command, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function measure(
  server: RunningServer,
  kind: ServerKind,
  name: ScenarioName,
  requests: BenchRequest[],
  target: BenchTarget,
  options: LoadOptions,
  profileFile: string | null,
): Promise<Omit<Measurement, 'bodyBytes' | 'cpuProfile'>> {
  let next = 0;
  /** One run of the chosen load generator, as the figures below need it. */
  const run = async (duration: number) => {
    if (options.loader === 'wrk') {
      const list = requests.map((r) => ({ path: PATH_PREFIX[kind] + r.path, headers: headersFor(r) }));
      const w = await runWrk(server.url, list, options.connections, duration);
      return { ...w, generatorCpuSeconds: w.cpuSeconds };
    }
    const self0 = process.cpuUsage();
    const result = await autocannon({
      url: server.url,
      connections: options.connections,
      duration,
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => {
            const r = requests[next++ % requests.length]!;
            return {
              ...req,
              path: PATH_PREFIX[kind] + r.path,
              headers: { ...req.headers, ...headersFor(r) },
            };
          },
        },
      ],
    });
    const self = process.cpuUsage(self0);
    return {
      requests: result.requests.total,
      durationSec: result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
      bytes: result.throughput.total,
      generatorCpuSeconds: (self.user + self.system) / 1e6,
    };
  };
  // Warm-up fills the pool, JIT-compiles the handlers and the database's caches.
  if (options.warmupSec > 0) await run(options.warmupSec);

  if (profileFile) await server.command({ cmd: 'cpu-start' });
  const rssIdleMiB = rssMiB(server.pid);
  const rss = sampleRss(server.pid);
  const cpu0 = cpuSeconds(server.pid);
  const backends = await postgresBackends(target);
  const pg0 = cpuSecondsOf(await backends.pids());
  const machine0 = machineCpu();
  const t0 = performance.now();
  const result = await run(options.durationSec);
  const elapsed = (performance.now() - t0) / 1000;
  const machine1 = machineCpu();
  const cpu1 = cpuSeconds(server.pid);
  const pg1 = cpuSecondsOf([...pg0.keys(), ...(await backends.pids())]);
  await backends.close();
  const pgSeconds =
    target.engine === 'postgres' ? [...pg1].reduce((sum, [pid, s]) => sum + s - (pg0.get(pid) ?? 0), 0) : NaN;
  const perRequest = (seconds: number) => (result.requests ? (seconds * 1000) / result.requests : NaN);
  const { peak } = rss.stop();
  if (profileFile) await server.command({ cmd: 'cpu-stop', file: profileFile });

  return {
    engine: target.engine,
    server: kind,
    scenario: name,
    reqPerSec: result.requests / result.durationSec,
    p50: result.p50,
    p99: result.p99,
    requests: result.requests,
    errors: result.errors,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests ? result.bytes / result.requests : 0,
    rssIdleMiB,
    rssPeakMiB: peak,
    serverCpu: (cpu1 - cpu0) / elapsed,
    cpuMsPerRequest: perRequest(cpu1 - cpu0),
    postgresCpuMsPerRequest: perRequest(pgSeconds),
    loadGenCpuMsPerRequest: perRequest(result.generatorCpuSeconds),
    machineBusy: (machine1.busy - machine0.busy) / Math.max(1, machine1.total - machine0.total),
    machineSteal: (machine1.steal - machine0.steal) / Math.max(1, machine1.total - machine0.total),
    loadAvg: os.loadavg()[0]!,
  };
}
