/*
 * The survey pages timed in-process, one request at a time, on a database the harness generated and
 * left (`npm run bench -- --engine=postgres --routes=survey,heatmap,scatter --generate-only`):
 * wall time, this process's CPU and the PostgreSQL backends' CPU per request, through `app.request`.
 *   BENCH_DATABASE_URL=… [N=60] npx tsx bench/survey-inprocess.ts
 */
import { sql } from 'drizzle-orm';
import { createApp } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/client.js';
import { loadConfig } from '../src/server/config.js';
import { createSession } from '../src/modules/auth/session.js';
import { cpuSecondsOf } from './proc.js';

const url = process.env.BENCH_DATABASE_URL!;
const database = await openDatabase({ engine: 'postgres', url, poolSize: 4 });
const db = database.db;
const config = loadConfig({ NODE_ENV: 'test', DEMO: 'false', JOBS: 'false' });
const app = createApp({ config, database, serveWeb: false });
const rows = async <T>(q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: T[] }).rows;
const [org] = await rows<{ id: string }>(sql`select id from organisations limit 1`);
const leaders = async (kind: string, n: number) =>
  rows<{
    person_id: string;
    unit_id: string;
  }>(sql`select m.person_id, m.unit_id from memberships m join units u on u.id = m.unit_id
    where m.role = 'leader' and u.kind = ${kind} order by m.person_id limit ${n}`);
const [round] = await rows<{ id: string }>(
  sql`select id from survey_rounds where definition is not null order by closes_at desc limit 1`,
);
const [hr] = await rows<{ person_id: string }>(
  sql`select person_id from memberships where role = 'hr' limit 1`,
);
const cookie = async (personId: string) => {
  const s = await createSession(db, config, { id: personId, orgId: org!.id }, 'password', new Date());
  return `mup_session=${s.token}; mup_csrf=${s.csrfToken}`;
};
type Req = { path: string; cookie: string };
const unitReqs: Req[] = [];
for (const l of [...(await leaders('department', 16)), ...(await leaders('institution', 4))])
  unitReqs.push({
    path: `/api/surveys/rounds/${round!.id}/units/${l.unit_id}`,
    cookie: await cookie(l.person_id),
  });
const heatReqs: Req[] = [];
for (const l of await leaders('area', 2))
  heatReqs.push({ path: `/api/surveys/rounds/${round!.id}/results`, cookie: await cookie(l.person_id) });
const hrCookie = await cookie(hr!.person_id);
const scatterReqs: Req[] = [
  { path: `/api/surveys/rounds/${round!.id}/relationship?x=socialCapital&y=trustVertical`, cookie: hrCookie },
];
const heatHr: Req[] = [{ path: `/api/surveys/rounds/${round!.id}/results`, cookie: hrCookie }];

async function time(name: string, reqs: Req[], n: number) {
  let bytes = 0;
  const first = performance.now();
  for (const r of reqs) {
    const res = await app.request(r.path, { headers: { cookie: r.cookie } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${r.path} ${res.status} ${body}`);
    bytes = body.length;
  }
  const warm = performance.now() - first;
  const walls: number[] = [];
  const pids = (
    await rows<{ pid: number }>(sql`select pid from pg_stat_activity where datname = current_database()`)
  ).map((r) => r.pid);
  const pg0 = [...cpuSecondsOf(pids).values()].reduce((a, b) => a + b, 0);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const r = reqs[i % reqs.length]!;
    const t0 = performance.now();
    const res = await app.request(r.path, { headers: { cookie: r.cookie } });
    await res.text();
    walls.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  const pgMs = (([...cpuSecondsOf(pids).values()].reduce((a, b) => a + b, 0) - pg0) * 1000) / n;
  walls.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(22)} first pass ${warm.toFixed(0)} ms (${reqs.length} req), then n=${n}: wall p50 ${walls[Math.floor(n / 2)]!.toFixed(1)} ms, max ${walls.at(-1)!.toFixed(1)} ms, Node CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(1)} ms/req, PG CPU ${pgMs.toFixed(1)} ms/req, ${bytes} B`,
  );
}
await time('unit page', unitReqs, Number(process.env.N ?? 60));
await time('heat map (area)', heatReqs, 6);
await time('heat map (HR)', heatHr, 4);
await time('scatter (HR)', scatterReqs, 4);
await database.close?.();
process.exit(0);
