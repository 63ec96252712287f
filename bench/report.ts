import os from 'node:os';
import type { Engine } from '../src/server/db/client.js';
import type { Timing } from './generate.js';
import type { Measurement } from './load.js';
import { ROUTE_PATHS } from './routes.js';

export interface EngineResult {
  engine: Engine;
  people: number;
  units: number;
  timings: Timing[];
  generateMs: number;
  measurements: Measurement[];
  profile?: string;
}

/** The targets the project set for the 2-core reference machine. */
export const TARGETS: Record<Engine, { reqPerSec: number; p99Ms?: number; bareRatio?: number }> = {
  postgres: { reqPerSec: 2000, p99Ms: 50, bareRatio: 0.8 },
  pglite: { reqPerSec: 500, bareRatio: 0.8 },
};

export interface Options {
  durationSec: number;
  connections: number;
  warmupSec: number;
  loader?: string;
  rounds?: number;
}

const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

function ratio(m: Measurement, all: Measurement[]): number | null {
  if (m.server !== 'app') return null;
  const bare = all.find((b) => b.server === 'bare' && b.scenario === m.scenario && b.engine === m.engine);
  return bare ? m.reqPerSec / bare.reqPerSec : null;
}

/** CPU per request of every process (server, PostgreSQL, load generator) together. */
const totalCpu = (m: Measurement) =>
  m.cpuMsPerRequest +
  (Number.isNaN(m.postgresCpuMsPerRequest) ? 0 : m.postgresCpuMsPerRequest) +
  m.loadGenCpuMsPerRequest;

/**
 * The bare route's total CPU per request over the app's: what app/bare in requests per second
 * comes to on a machine that is CPU-bound, and far steadier than it when others share the machine.
 */
function cpuRatio(m: Measurement, all: Measurement[]): number | null {
  if (m.server !== 'app') return null;
  const bare = all.find((b) => b.server === 'bare' && b.scenario === m.scenario && b.engine === m.engine);
  return bare ? totalCpu(bare) / totalCpu(m) : null;
}

/** A markdown snippet with the generation timings, the load figures and each target's verdict. */
export function markdown(results: EngineResult[], options: Options, started: Date): string {
  const lines: string[] = [
    `### Run of ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machineLine()}. Load: ${options.loader ?? 'autocannon'}, ${options.connections} connections, ` +
      `${options.durationSec} s per route after ${options.warmupSec} s warm-up` +
      (options.rounds && options.rounds > 1 ? `, in ${options.rounds} alternating rounds` : '') +
      ', over loopback on the same machine.',
    '',
  ];
  for (const r of results) {
    lines.push(
      `#### ${r.engine === 'postgres' ? 'PostgreSQL' : 'PGlite'} — ${r.people.toLocaleString('en')} people, ${r.units.toLocaleString('en')} units`,
      '',
    );
    lines.push('| generate step | rows | ms |', '|---|---:|---:|');
    for (const t of r.timings) lines.push(`| ${t.step} | ${t.rows} | ${t.ms.toFixed(0)} |`);
    lines.push(`| **total** | | **${r.generateMs.toFixed(0)}** |`, '');
    lines.push(
      '| server | route | req/s | p50 ms | p99 ms | errors | non-2xx | JSON bytes | bytes/resp incl. headers | server RSS idle → peak MiB | server CPU | CPU ms/req: server | postgres | load generator | machine busy (steal) | load avg | app/bare | bare/app total CPU |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const m of r.measurements) {
      const q = ratio(m, r.measurements);
      const c = cpuRatio(m, r.measurements);
      lines.push(
        `| ${m.server} | ${ROUTE_PATHS[m.scenario]} | ${m.reqPerSec.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.non2xx} | ${m.bodyBytes.toFixed(0)} | ${m.bytesPerResponse.toFixed(0)} | ${m.rssIdleMiB.toFixed(0)} → ${m.rssPeakMiB.toFixed(0)} | ${(m.serverCpu * 100).toFixed(0)}% | ${m.cpuMsPerRequest.toFixed(2)} | ${Number.isNaN(m.postgresCpuMsPerRequest) ? '–' : m.postgresCpuMsPerRequest.toFixed(2)} | ${m.loadGenCpuMsPerRequest.toFixed(2)} | ${(m.machineBusy * 100).toFixed(0)}% (${(m.machineSteal * 100).toFixed(0)}%) | ${m.loadAvg.toFixed(1)} | ${q === null ? '' : q.toFixed(2)} | ${c === null ? '' : c.toFixed(2)} |`,
      );
    }
    lines.push('', ...verdicts(r), '');
    for (const m of r.measurements)
      if (m.cpuProfile) lines.push(`${m.server} ${m.scenario}: ${m.cpuProfile}`, '');
    if (r.profile) lines.push(r.profile, '');
  }
  return lines.join('\n');
}

function verdicts(r: EngineResult): string[] {
  const t = TARGETS[r.engine];
  const out: string[] = [];
  for (const m of r.measurements.filter((x) => x.server === 'app')) {
    const route = ROUTE_PATHS[m.scenario];
    const parts = [`≥ ${t.reqPerSec} req/s: ${mark(m.reqPerSec >= t.reqPerSec)} (${m.reqPerSec.toFixed(0)})`];
    if (t.p99Ms !== undefined) parts.push(`p99 ≤ ${t.p99Ms} ms: ${mark(m.p99 <= t.p99Ms)} (${m.p99})`);
    const q = ratio(m, r.measurements);
    if (t.bareRatio !== undefined && q !== null)
      parts.push(`app/bare ≥ ${t.bareRatio}: ${mark(q >= t.bareRatio)} (${q.toFixed(2)})`);
    parts.push(`no errors: ${mark(m.errors === 0 && m.non2xx === 0)}`);
    out.push(`- ${route}: ${parts.join('; ')}`);
  }
  return out;
}

/** The same figures as a compact console table. */
export function consoleTable(results: EngineResult[]) {
  const rows = results.flatMap((r) =>
    r.measurements.map((m) => ({
      engine: m.engine,
      server: m.server,
      route: m.scenario,
      'req/s': Math.round(m.reqPerSec),
      'p50 ms': m.p50,
      'p99 ms': m.p99,
      errors: m.errors,
      'non-2xx': m.non2xx,
      'RSS MiB': Math.round(m.rssPeakMiB),
      'srv CPU': `${Math.round(m.serverCpu * 100)}%`,
      'CPU ms/req': m.cpuMsPerRequest.toFixed(2),
      'pg ms/req': Number.isNaN(m.postgresCpuMsPerRequest) ? '' : m.postgresCpuMsPerRequest.toFixed(2),
      'load avg': m.loadAvg.toFixed(1),
      'app/bare': ratio(m, r.measurements)?.toFixed(2) ?? '',
      'bare/app CPU': cpuRatio(m, r.measurements)?.toFixed(2) ?? '',
    })),
  );
  console.table(rows);
}
