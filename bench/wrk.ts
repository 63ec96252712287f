import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * The load generator in C (Debian's wrk), for `--loader=wrk`. autocannon runs in this Node
 * process and costs 0.2–0.5 ms of CPU per request on the same two cores as the server and the
 * database; wrk costs a small fraction of that, so more of the machine measures the app. The
 * requests rotate through the scenario's list (paths and session cookies) from a Lua script.
 */

export interface WrkRequest {
  path: string;
  headers: Record<string, string>;
}

export interface WrkResult {
  requests: number;
  durationSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytes: number;
  /** CPU seconds wrk itself used. */
  cpuSeconds: number;
}

const lua = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function script(requests: WrkRequest[]): string {
  const list = requests
    .map(
      (r) =>
        `{${lua(r.path)}, {${Object.entries(r.headers)
          .map(([k, v]) => `[${lua(k)}]=${lua(v)}`)
          .join(', ')}}}`,
    )
    .join(',\n');
  return `local list = {\n${list}\n}
local prepared = {}
local i = 0
init = function(args)
  for k, r in ipairs(list) do prepared[k] = wrk.format("GET", r[1], r[2]) end
end
request = function()
  i = i % #prepared + 1
  return prepared[i]
end
`;
}

/** wrk prints latencies as 812.00us, 1.53ms or 2.10s. */
function ms(value: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

const SIZES: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

export function parseWrk(out: string): Omit<WrkResult, 'cpuSeconds'> {
  const total = /(\d+) requests in ([\d.]+)(s|m), ([\d.]+)(B|KB|MB|GB) read/.exec(out);
  if (!total) throw new Error(`wrk printed no totals:\n${out}`);
  const sockets = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const latency = (pct: string) => ms(new RegExp(`^\\s*${pct}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? '');
  return {
    requests: Number(total[1]),
    durationSec: Number(total[2]) * (total[3] === 'm' ? 60 : 1),
    bytes: Number(total[4]) * SIZES[total[5]!]!,
    p50: latency('50'),
    p99: latency('99'),
    errors: sockets ? sockets.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
  };
}

/**
 * Runs wrk with one thread and `connections` connections for `durationSec`. Its CPU time is read
 * through a shell that reports its children's CPU after wrk has finished.
 */
export async function runWrk(
  url: string,
  requests: WrkRequest[],
  connections: number,
  durationSec: number,
): Promise<WrkResult> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mup-wrk-')), 'requests.lua');
  fs.writeFileSync(file, script(requests));
  // wrk takes whole seconds only (a round's share of --duration may be 8/3 s).
  const seconds = Math.max(1, Math.round(durationSec));
  const command = `wrk -t1 -c${connections} -d${seconds}s --latency --timeout 10s -s '${file}' '${url}'; read -r -a s < <(cut -d')' -f2- /proc/$$/stat); echo "WRK_CHILD_TICKS $(( s[13] + s[14] ))"`;
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn('bash', ['-c', command], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}:\n${text}`)),
      );
    });
    const ticks = Number(/WRK_CHILD_TICKS (\d+)/.exec(out)?.[1] ?? NaN);
    return { ...parseWrk(out), cpuSeconds: ticks / 100 };
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** Whether wrk can be run here; checked before the municipality is generated, not after. */
export function wrkAvailable(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}
