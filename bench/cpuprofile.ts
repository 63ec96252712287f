import fs from 'node:fs';
import path from 'node:path';

/*
 * Summarises a V8 .cpuprofile (written by a server started with --cpu-prof) into where the
 * server's CPU went: self time per package (or per file of our own code) and the top functions.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/@scope/pkg/…` → `@scope/pkg`; our own files by path; Node internals and GC by name. */
function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (file.startsWith('node:')) return 'node internals';
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export function summariseCpuProfile(file: string, top = 12): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const idle = [...selfMs.entries()]
    .filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)')
    .reduce((a, [, ms]) => a + ms, 0);
  const busy = total - idle;

  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    const who = owner(url, functionName);
    byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} (${who}${url ? `:${lineNumber + 1}` : ''})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, ms]) =>
          `| ${name.replace(/\|/g, '\\|')} | ${ms.toFixed(0)} | ${((ms / busy) * 100).toFixed(1)}% |`,
      );
  return [
    `CPU profile of the server (${path.basename(file)}): ${busy.toFixed(0)} ms busy of ${total.toFixed(0)} ms sampled.`,
    '',
    '| self time by package / file | ms | share of busy |',
    '|---|---:|---:|',
    ...rows(byOwner),
    '',
    '| self time by function | ms | share of busy |',
    '|---|---:|---:|',
    ...rows(byFunction),
  ].join('\n');
}

// `npx tsx bench/cpuprofile.ts <file.cpuprofile>` prints the summary of one profile.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npx tsx bench/cpuprofile.ts <file.cpuprofile>');
    process.exit(2);
  }
  console.log(summariseCpuProfile(file));
}
