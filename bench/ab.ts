/**
 * In-process A/B of the app's cost per request around its pages, on a database the harness
 * generated (`npm run bench -- --engine=postgres --people=5000 --generate-only`): the person and
 * unit pages through `app.request` of this tree's app, of another tree's app (`--before=<dir>`,
 * e.g. a `git archive` of the commit before a change, with node_modules linked), and the bare
 * twin's handlers, in alternating blocks. CPU per request is process.cpuUsage() over a block
 * (Node) and /proc of the database's backends (PostgreSQL); one request at a time, so the figures
 * hold under a shared machine's load far better than requests per second do.
 *
 * `--pages` also takes initiative, board and runchart (issues 11 and 12; generate with
 * `--routes=initiative,board,runchart`), read by the people the load test signs in for them; before
 * the blocks, every read of a page is sent to each app tree and their answers compared byte for byte.
 *
 *   BENCH_DATABASE_URL=… npx tsx bench/ab.ts [--before=/tmp/before] [--blocks=6] [--n=1000] [--pages=person,unit]
 *
 * On PGlite (`--pglite=<data dir>`, generated with `--engine=pglite --generate-only --keep`) the
 * database runs in this process, so Node's CPU is all of it; one instance serves every variant
 * (its directory takes one process), and each of app and twin runs with the prepared statements
 * sent unnamed (as Drizzle's driver does) and by name, in alternating blocks.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Hono } from 'hono';
import { getRequestListener } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/server/config.js';
import { createSession } from '../src/modules/auth/session.js';
import type { Database } from '../src/server/db/client.js';
import { DEFAULT_DATABASE_URL, openTarget, type BenchTarget } from './engines.js';
import { setPglitePath, type PglitePath } from '../src/server/db/prepared.js';
import { actorFor, barePerson, bareUnit } from './bare-queries.js';
import { cpuSecondsOf } from './proc.js';
import { appServerEnv } from './child.js';

const { values: opts } = parseArgs({
  options: {
    before: { type: 'string' },
    blocks: { type: 'string', default: '6' },
    n: { type: 'string', default: '1000' },
    pages: { type: 'string', default: 'person,unit' },
    // e.g. `after` alone, under --cpu-prof
    only: { type: 'string' },
    pglite: { type: 'string' },
  },
});
// node-server puts its light Request and Response in place of the globals when it serves; so here.
getRequestListener(() => new Response());
const url = process.env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL;
const target: BenchTarget = opts.pglite
  ? { engine: 'pglite', dataDir: path.resolve(opts.pglite) }
  : { engine: 'postgres', url };

type Fetch = (path: string, reader: { id: string; cookie: string }) => Promise<Response>;

// The server's socket as node-server hands it over, so the app's client address is read as in production.
const env = { incoming: { socket: { remoteAddress: '127.0.0.1', remotePort: 40000, remoteFamily: 'IPv4' } } };

async function appOf(root: string, database: Database): Promise<Fetch> {
  const { loadConfig: load } = (await import(
    path.join(root, 'src/server/config.ts')
  )) as typeof import('../src/server/config.js');
  const { createApp } = (await import(
    path.join(root, 'src/server/app.ts')
  )) as typeof import('../src/server/app.js');
  const config = load(appServerEnv(target));

  const app = createApp({ config, database, serveWeb: false });
  return async (p, reader) => app.request(p, { headers: { cookie: reader.cookie } }, env);
}

function bareOf(database: Database): Fetch {
  const db = database.db;
  const actors = new Map<string, ReturnType<typeof actorFor>>();
  const actor = (id: string) => {
    let found = actors.get(id);
    if (!found) actors.set(id, (found = actorFor(db, id)));
    return found;
  };
  const app = new Hono();
  app.get('/api/people/:id', async (c) => {
    const a = await actor(c.req.header('x-bench-actor')!);
    const body = a && (await barePerson(db, a, c.req.param('id')));
    return body ? c.json(body) : c.json({ error: 'not found' }, 404);
  });
  app.get('/api/units/:id', async (c) => {
    const a = await actor(c.req.header('x-bench-actor')!);
    const body = a && (await bareUnit(db, a, c.req.param('id')));
    return body ? c.json(body) : c.json({ error: 'not found' }, 404);
  });
  return async (p, reader) => app.request(p, { headers: { 'x-bench-actor': reader.id } });
}

const setup = await openTarget(target, 2);
const rows = async <T>(q: ReturnType<typeof sql>) =>
  ((await setup.db.execute(q)) as unknown as { rows: T[] }).rows;
const [org] = await rows<{ org_id: string }>(sql`select org_id from memberships where role = 'hr' limit 1`);
const hr = await rows<{ person_id: string }>(
  sql`select person_id from memberships where role = 'hr' and org_id = ${org!.org_id} order by person_id limit 3`,
);
const people = await rows<{ id: string }>(
  sql`select id from people where org_id = ${org!.org_id} order by md5(id::text) limit 300`,
);
const units = await rows<{ id: string }>(
  sql`select id from units where org_id = ${org!.org_id} order by md5(id::text) limit 300`,
);
const config = loadConfig({ NODE_ENV: 'test', DEMO: 'false', JOBS: 'false' });
const readers = await Promise.all(
  hr.map(async ({ person_id }) => {
    const s = await createSession(
      setup.db,
      config,
      { id: person_id, orgId: org!.org_id },
      'password',
      new Date(),
    );
    return { id: person_id, cookie: `mup_session=${s.token}; mup_csrf=${s.csrfToken}` };
  }),
);
const hrReads = (list: string[]) => list.map((p, i) => ({ path: p, reader: readers[i % readers.length]! }));
// The pages of issues 11 and 12, each read by the people the load test signs in for it: an
// initiative by its owner, a department's licence board by its leader, a measure's run chart by its
// team's leader and sponsor. Sessions are made when a page is asked for.
const sessionOf = new Map<string, Promise<{ id: string; cookie: string }>>();
const reader = (personId: string) => {
  if (!sessionOf.has(personId))
    sessionOf.set(
      personId,
      createSession(setup.db, config, { id: personId, orgId: org!.org_id }, 'password', new Date()).then(
        (s) => ({ id: personId, cookie: `mup_session=${s.token}; mup_csrf=${s.csrfToken}` }),
      ),
    );
  return sessionOf.get(personId)!;
};
const pairs = async (q: ReturnType<typeof sql>, prefix: string) =>
  Promise.all(
    (await rows<{ id: string; reader_id: string }>(q)).map(async (r) => ({
      path: `${prefix}${r.id}`,
      reader: await reader(r.reader_id),
    })),
  );
const pages = opts.pages.split(',');
const reads: Record<string, { path: string; reader: { id: string; cookie: string } }[]> = {
  person: hrReads(people.map((p) => `/api/people/${p.id}`)),
  unit: hrReads(units.map((u) => `/api/units/${u.id}`)),
  ...(pages.includes('initiative') && {
    initiative: await pairs(
      sql`select id, owner_id as reader_id from competence_initiatives
        where org_id = ${org!.org_id} and owner_id is not null order by md5(id::text) limit 300`,
      '/api/initiatives/',
    ),
  }),
  ...(pages.includes('board') && {
    board: await pairs(
      sql`select m.unit_id as id, m.person_id as reader_id from memberships m
        join units u on u.org_id = m.org_id and u.id = m.unit_id
        where m.org_id = ${org!.org_id} and m.role = 'leader'
          and exists (select 1 from licence_definitions d where d.org_id = u.org_id and d.unit_id = u.parent_id)
        order by md5(m.unit_id::text) limit 300`,
      '/api/licence-boards/',
    ),
  }),
  ...(pages.includes('runchart') && {
    runchart: await pairs(
      sql`select m.id, r.person_id as reader_id from quality_measures m
        join quality_team_roles r on r.org_id = m.org_id and r.team_id = m.team_id and r.role in ('team_leader', 'sponsor')
        where m.org_id = ${org!.org_id} order by md5(m.id::text || r.role) limit 300`,
      '/api/quality/measures/',
    ),
  }),
};

const variants: [string, Fetch, Database, PglitePath?][] = [];
if (target.engine === 'pglite') {
  // One instance for all (the data directory's lock); the setup's connection is that instance.
  const app = await appOf(path.resolve('.'), setup);
  for (const via of ['unnamed', 'named'] as const) {
    variants.push([`bare ${via}`, bareOf(setup), setup, via], [`app ${via}`, app, setup, via]);
  }
} else {
  const bareDb = await openTarget(target, 20);
  variants.push(['bare', bareOf(bareDb), bareDb]);
  if (opts.before) {
    const db = await openTarget(target, 20);
    variants.push(['before', await appOf(path.resolve(opts.before), db), db]);
  }
  const afterDb = await openTarget(target, 20);
  variants.push(['after', await appOf(path.resolve('.'), afterDb), afterDb]);
}

if (opts.only) {
  const keep = opts.only.split(',');
  variants.splice(0, variants.length, ...variants.filter(([name]) => keep.includes(name)));
}

const backendPids = async () =>
  target.engine === 'pglite'
    ? []
    : (
        await rows<{ pid: number }>(
          sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        )
      ).map((r) => r.pid);

async function block(fetch: Fetch, page: string, n: number) {
  const list = reads[page]!;
  let bad = 0;
  // One request first: the pool may have closed its idle connection while the other variants ran,
  // and a backend opened during the block would be missing from the CPU count.
  await (await fetch(list[0]!.path, list[0]!.reader)).text();
  const pids = await backendPids();
  const pg0 = cpuSecondsOf(pids);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const { path: p, reader: r } = list[i % list.length]!;
    const res = await fetch(p, r);
    await res.text();
    if (res.status !== 200) bad++;
  }
  const cpu = process.cpuUsage(cpu0);
  const pg1 = cpuSecondsOf(pids);
  let pgSeconds = 0;
  for (const [pid, s] of pg1) pgSeconds += s - (pg0.get(pid) ?? s);
  return { node: (cpu.user + cpu.system) / 1000 / n, pg: (pgSeconds * 1000) / n, bad };
}

/** Whether the app trees answer every read of the page with the same bytes (the bare twin is not compared). */
async function sameAnswers(page: string, pageVariants: typeof variants) {
  const apps = pageVariants.filter(([name]) => !name.startsWith('bare'));
  if (apps.length < 2) return;
  let differ = 0;
  for (const { path: p, reader: r } of reads[page]!) {
    const [first, ...rest] = await Promise.all(apps.map(async ([, fetch]) => (await fetch(p, r)).text()));
    if (rest.some((t) => t !== first)) differ++;
  }
  console.log(
    `${page}: ${reads[page]!.length} reads, ${differ} answered differently by ${apps.map(([n]) => n).join(' and ')}`,
  );
}

const n = Number(opts.n);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const page of pages) {
  // The bare twin has the person and unit pages only.
  const pageVariants = variants.filter(
    ([name]) => !name.startsWith('bare') || page === 'person' || page === 'unit',
  );
  const results = new Map<string, { node: number[]; pg: number[] }>(
    pageVariants.map(([name]) => [name, { node: [], pg: [] }]),
  );
  await sameAnswers(page, pageVariants);
  for (const [, fetch, , via] of pageVariants) {
    if (via) setPglitePath(via);
    await block(fetch, page, 300); // warm-up
  }
  for (let b = 0; b < Number(opts.blocks); b++) {
    // Alternate the order too, so no variant always follows the same one.
    const order = b % 2 ? [...pageVariants].reverse() : pageVariants;
    for (const [name, fetch, , via] of order) {
      if (via) setPglitePath(via);
      const r = await block(fetch, page, n);
      if (r.bad) console.log(`  ${page} ${name}: ${r.bad} answers not 200`);
      results.get(name)!.node.push(r.node);
      results.get(name)!.pg.push(r.pg);
    }
  }
  console.log(`\n${page} (${opts.blocks} blocks of ${n}; load average ${os.loadavg()[0]!.toFixed(1)})`);
  for (const [name, r] of results) {
    const fmt = (xs: number[]) =>
      `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;
    console.log(`  ${name.padEnd(13)} Node ms/req ${fmt(r.node)}   PostgreSQL ms/req ${fmt(r.pg)}`);
  }
}
await Promise.all([...new Set([setup, ...variants.map(([, , db]) => db)])].map((db) => db.close()));
