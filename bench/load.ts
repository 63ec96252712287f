import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { BenchTarget } from './engines.js';
import type { ChildReady } from './child.js';
import type { BenchRequest, Scenarios } from './sessions.js';
import { cpuSeconds, machineCpu, rssMiB, sampleRss } from './proc.js';

/** `bare-session`: the bare server plus the app's session lookup (only with --profile). */
export type ServerKind = 'app' | 'bare' | 'bare-session';
export type ScenarioName = 'person' | 'unit';

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
  rssIdleMiB: number;
  rssPeakMiB: number;
  /** Share of one core the server process used during the run. */
  serverCpu: number;
  /** Share of the whole machine (both cores) that was busy, load generator included. */
  machineBusy: number;
}

export interface LoadOptions {
  servers: ServerKind[];
  durationSec: number;
  connections: number;
  warmupSec: number;
  log: (line: string) => void;
}

const SERVER_SCRIPTS: Record<ServerKind, string> = {
  app: fileURLToPath(new URL('./server.ts', import.meta.url)),
  bare: fileURLToPath(new URL('./bare-server.ts', import.meta.url)),
  'bare-session': fileURLToPath(new URL('./bare-server.ts', import.meta.url)),
};
const PATH_PREFIX: Record<ServerKind, string> = { app: '', bare: '', 'bare-session': '/with-session' };
const SCENARIOS: ScenarioName[] = ['person', 'unit'];

/** Runs every scenario against the real app, then against the bare server, on one engine. */
export async function runLoad(target: BenchTarget, scenarios: Scenarios, options: LoadOptions): Promise<Measurement[]> {
  const results: Measurement[] = [];
  // Bodies the app answered, to check the bare server's copied SQL still gives the same answers.
  const appBodies = new Map<string, string>();
  for (const kind of options.servers) {
    const server = await startServer(kind, target);
    try {
      for (const name of SCENARIOS) {
        const { bodyBytes, bodies } = await verify(server.url + PATH_PREFIX[kind], kind, name, scenarios[name]);
        if (kind === 'app') bodies.forEach((body, key) => appBodies.set(key, body));
        else compareWithApp(kind, bodies, appBodies, options.log);
        results.push({ ...(await measure(server, kind, name, scenarios[name], target.engine, options)), bodyBytes });
        const last = results.at(-1)!;
        options.log(
          `  ${target.engine} ${kind.padEnd(12)} ${name.padEnd(6)} ${last.reqPerSec.toFixed(0).padStart(6)} req/s  ` +
            `p50 ${last.p50} ms  p99 ${last.p99} ms  errors ${last.errors}  non-2xx ${last.non2xx}  ` +
            `RSS ${last.rssPeakMiB.toFixed(0)} MiB  server CPU ${(last.serverCpu * 100).toFixed(0)}%`,
        );
      }
    } finally {
      await server.stop();
    }
  }
  return results;
}

interface RunningServer { pid: number; url: string; stop(): Promise<void> }

/** Forks a server script under tsx, with an IPC channel for its port; kills it on stop. */
export async function startServer(kind: ServerKind, target: BenchTarget): Promise<RunningServer> {
  const env = {
    ...process.env,
    BENCH_ENGINE: target.engine,
    ...(target.engine === 'postgres' ? { BENCH_DATABASE_URL: target.url } : { BENCH_DATA_DIR: target.dataDir }),
  };
  const child = fork(SERVER_SCRIPTS[kind], [], { env, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
  return { pid: child.pid!, url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
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

const headersFor = (r: BenchRequest) => ({ cookie: r.cookie, 'x-bench-actor': r.actorId });

/**
 * Before measuring, a sample of the requests must answer 200 with the record asked for: a
 * benchmark of 404s or of empty pages would measure nothing.
 */
async function verify(
  url: string,
  kind: ServerKind,
  name: ScenarioName,
  requests: BenchRequest[],
): Promise<{ bodyBytes: number; bodies: Map<string, string> }> {
  if (requests.length === 0) throw new Error(`no ${name} requests to send`);
  const step = Math.max(1, Math.floor(requests.length / 200));
  let bytes = 0;
  let count = 0;
  const bodies = new Map<string, string>();
  for (let i = 0; i < requests.length; i += step) {
    const r = requests[i]!;
    const res = await fetch(url + r.path, { headers: headersFor(r) });
    const text = await res.text();
    bytes += Buffer.byteLength(text);
    count++;
    if (res.status !== 200) throw new Error(`${kind} ${r.path} answered ${res.status}: ${text.slice(0, 300)}`);
    const body = JSON.parse(text) as Record<string, any>;
    const ok =
      name === 'person'
        ? body.person?.id === r.expectId && typeof body.person?.name === 'string' && Array.isArray(body.memberships) && body.memberships.length > 0
        : body.unit?.id === r.expectId && typeof body.unit?.name === 'string' && Array.isArray(body.members);
    if (!ok) throw new Error(`${kind} ${r.path} answered 200 without the expected content: ${text.slice(0, 300)}`);
    bodies.set(`${r.actorId} ${r.path}`, canonical(body));
  }
  return { bodyBytes: bytes / count, bodies };
}

/** JSON with sorted keys, so two answers compare equal whatever order the columns came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function compareWithApp(kind: ServerKind, bodies: Map<string, string>, appBodies: Map<string, string>, log: (line: string) => void) {
  let compared = 0;
  const differing: string[] = [];
  bodies.forEach((body, key) => {
    const app = appBodies.get(key);
    if (app === undefined) return;
    compared++;
    if (app !== body) differing.push(key.split(' ')[1]!);
  });
  if (differing.length > 0) {
    log(`  WARNING: ${kind} answered ${differing.length} of ${compared} sampled requests differently from the app ` +
      `(its copied SQL may be out of step with the services), e.g. ${differing[0]}`);
  } else if (compared > 0) {
    log(`  ${kind}: same answers as the app for ${compared} sampled requests`);
  }
}

async function measure(
  server: RunningServer,
  kind: ServerKind,
  name: ScenarioName,
  requests: BenchRequest[],
  engine: BenchTarget['engine'],
  options: LoadOptions,
): Promise<Omit<Measurement, 'bodyBytes'>> {
  let next = 0;
  const run = (duration: number) =>
    autocannon({
      url: server.url,
      connections: options.connections,
      duration,
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => {
            const r = requests[next++ % requests.length]!;
            return { ...req, path: PATH_PREFIX[kind] + r.path, headers: { ...req.headers, ...headersFor(r) } };
          },
        },
      ],
    });
  // Warm-up fills the pool, JIT-compiles the handlers and the database's caches.
  if (options.warmupSec > 0) await run(options.warmupSec);

  const rssIdleMiB = rssMiB(server.pid);
  const rss = sampleRss(server.pid);
  const cpu0 = cpuSeconds(server.pid);
  const machine0 = machineCpu();
  const t0 = performance.now();
  const result = await run(options.durationSec);
  const elapsed = (performance.now() - t0) / 1000;
  const machine1 = machineCpu();
  const cpu1 = cpuSeconds(server.pid);
  const { peak } = rss.stop();

  return {
    engine,
    server: kind,
    scenario: name,
    reqPerSec: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    rssIdleMiB,
    rssPeakMiB: peak,
    serverCpu: (cpu1 - cpu0) / elapsed,
    machineBusy: (machine1.busy - machine0.busy) / Math.max(1, machine1.total - machine0.total),
  };
}
