/**
 * npm run bench -- --engine=postgres|pglite|both --people=50000 [--duration=12] [--connections=32]
 *                  [--warmup=3] [--servers=app,bare] [--routes=person,unit,overview,conversation,forum,runchart,progression]
 *                  [--activity] [--profile] [--cpu-prof] [--generate-only] [--keep] [--loader=autocannon|wrk]
 *                  [--rounds=1] [--before=<dir> with --servers=app,before]
 * Generates the synthetic municipality (and, for the overview, 1:1 and forum routes or with
 * --activity, a year of MUP activity; for the run chart and progression routes a year of quality
 * work and progression) on each engine, then load-tests the chosen routes of the real app and, where
 * it has them, of a bare server running the same SQL. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Engine } from '../src/server/db/client.js';
import { cleanupTarget, describeTarget, openTarget, prepareTarget, type BenchTarget } from './engines.js';
import { generate } from './generate.js';
import { buildScenarios } from './sessions.js';
import { runLoad } from './load.js';
import { ROUTES, SURVEY_ROUTES, type ScenarioName, type ServerKind } from './routes.js';
import { profile } from './profile.js';
import { wrkAvailable } from './wrk.js';
import { consoleTable, markdown, type EngineResult } from './report.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    people: { type: 'string', default: '50000' },
    duration: { type: 'string', default: '12' },
    connections: { type: 'string', default: '32' },
    warmup: { type: 'string', default: '3' },
    servers: { type: 'string', default: 'app,bare' },
    routes: { type: 'string', default: ROUTES.join(',') },
    activity: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'generate-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    loader: { type: 'string', default: 'autocannon' },
    rounds: { type: 'string', default: '1' },
    before: { type: 'string' },
  },
});

const engines: Engine[] =
  values.engine === 'both'
    ? ['postgres', 'pglite']
    : values.engine === 'postgres' || values.engine === 'pglite'
      ? [values.engine]
      : [];
const size = Number(values.people);
const servers = values.servers
  .split(',')
  .filter((s): s is ServerKind => s === 'app' || s === 'bare' || s === 'bare-session' || s === 'before');
if (values.profile && !servers.includes('bare-session')) servers.push('bare-session');
const routeNames = (values.routes ?? '').split(',');
const routes: ScenarioName[] = ROUTES.filter((r) => routeNames.includes(r));
// The overview, the 1:1 page and the forum read the year of activity; the run chart and the
// progression overview the year of quality work; the survey pages two years of surveys; the person
// and unit pages none of them.
const QUALITY_ROUTES: readonly ScenarioName[] = ['runchart', 'progression'];
const withSurveys = routes.some((r) => SURVEY_ROUTES.includes(r));
const withActivity =
  values.activity ||
  routes.some(
    (r) => r !== 'person' && r !== 'unit' && !QUALITY_ROUTES.includes(r) && !SURVEY_ROUTES.includes(r),
  );
const withQuality = routes.some((r) => QUALITY_ROUTES.includes(r));
const options = {
  servers,
  routes,
  durationSec: Number(values.duration),
  connections: Number(values.connections),
  warmupSec: Number(values.warmup),
  loader: values.loader === 'wrk' ? ('wrk' as const) : ('autocannon' as const),
  rounds: Number(values.rounds),
};
if (
  engines.length === 0 ||
  !(size >= 100) ||
  !(options.durationSec > 0) ||
  !(options.connections > 0) ||
  !(options.warmupSec >= 0) ||
  !(Number.isInteger(options.rounds) && options.rounds >= 1) ||
  servers.length === 0 ||
  (values.loader !== 'wrk' && values.loader !== 'autocannon') ||
  routes.length !== routeNames.length
) {
  console.error(
    `Usage: npm run bench -- --engine=postgres|pglite|both --people=50000 [--duration=12] [--connections=32] [--warmup=3] [--routes=${ROUTES.join(',')}] [--activity] [--loader=autocannon|wrk] [--rounds=1]`,
  );
  process.exit(2);
}
// wrk takes whole seconds: a round's slice of 8 s in 3 rounds would reach it as "2.67s", refused
// after the municipality was generated.
if (
  options.loader === 'wrk' &&
  (!Number.isInteger(options.durationSec / options.rounds) || !Number.isInteger(options.warmupSec))
) {
  console.error(
    `--loader=wrk takes whole seconds: --duration (${options.durationSec}) must be a multiple of --rounds (${options.rounds}) and --warmup whole, e.g. --duration=9 --rounds=3.`,
  );
  process.exit(2);
}
if (servers.includes('before')) {
  const tree = values.before ? path.resolve(values.before) : '';
  if (!tree || !fs.existsSync(path.join(tree, 'bench/server.ts'))) {
    console.error('--servers=…,before needs --before=<dir>, a tree with bench/server.ts and node_modules.');
    process.exit(2);
  }
  process.env.BENCH_BEFORE_TREE = tree;
}
if (options.loader === 'wrk' && !wrkAvailable()) {
  console.error('--loader=wrk needs wrk on the PATH (Debian: apt-get install -y wrk).');
  process.exit(2);
}

const log = (line: string) => console.log(line);
const started = new Date();
const stamp = started.toISOString().replace(/[:.]/g, '-').slice(0, 19);
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const cpuProfileDir = values['cpu-prof'] ? path.join(resultsDir, `cpu-${stamp}`) : null;
if (cpuProfileDir) fs.mkdirSync(cpuProfileDir, { recursive: true });
const results: EngineResult[] = [];

let current: BenchTarget | null = null;
// On Ctrl-C the server children see their IPC channel close and stop; the temp data goes too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (current && !values.keep) void cleanupTarget(current).finally(() => process.exit(130));
    else process.exit(130);
  });
}

for (const engine of engines) {
  const target = await prepareTarget(engine, log);
  current = target;
  log(`\n${describeTarget(target)}: generating ${size.toLocaleString('en')} people`);
  try {
    const database = await openTarget(target);
    let generated, scenarios;
    let profileText: string | undefined;
    try {
      generated = await generate(database, size, log, {
        activity: withActivity,
        quality: withQuality,
        surveys: withSurveys,
      });
      scenarios = await buildScenarios(
        database.db,
        generated.plan,
        generated.activity,
        generated.quality,
        generated.surveys,
      );
      if (values.profile) {
        log(`${engine}: profiling one request at a time`);
        profileText = await profile(database, scenarios);
        log(profileText);
      }
    } finally {
      // PGlite allows one process per data directory; the servers open it next.
      await database.close();
    }
    const result: EngineResult = {
      engine,
      people: generated.plan.people.length,
      units: generated.plan.units.length,
      timings: generated.timings,
      generateMs: generated.totalMs,
      measurements: [],
      profile: profileText,
    };
    if (!values['generate-only']) {
      log(
        `${engine}: ${scenarios.readers.length} readers; requests: ` +
          routes.map((r) => `${r} ${scenarios[r].length.toLocaleString('en')}`).join(', '),
      );
      result.measurements = await runLoad(target, scenarios, { ...options, cpuProfileDir, log });
    }
    results.push(result);
  } finally {
    if (!values.keep || target.engine === 'postgres') await cleanupTarget(target);
  }
}

if (!values['generate-only']) consoleTable(results);
const snippet = markdown(results, options, started);
fs.mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${stamp}-${engines.join('-')}-${size}.md`);
fs.writeFileSync(file, snippet + '\n');
log(`\n${snippet}\n\nWritten to ${file}`);
