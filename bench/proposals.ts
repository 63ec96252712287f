import { sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from '../src/server/db/client.js';
import { loadConfig } from '../src/server/config.js';
import { loadActor } from '../src/modules/auth/session.js';
import { hashToken } from '../src/modules/auth/tokens.js';
import type pg from 'pg';
import { actorFor, nearestLeadersSql } from './bare-queries.js';
import type { BenchRequest, Scenarios } from './sessions.js';

/*
 * Measured alternatives for the costs the profile found, one request at a time, each beside what
 * the app does (or did), so a proposed fix comes with its effect. Nothing here changes the app.
 */

const ITERATIONS = 150;
const WARMUP = 30;

interface Mean {
  wall: number;
  cpu: number;
}

async function mean(requests: BenchRequest[], fn: (r: BenchRequest) => Promise<unknown>): Promise<Mean> {
  for (let i = 0; i < WARMUP; i++) await fn(requests[(ITERATIONS + i) % requests.length]!);
  let total = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < ITERATIONS; i++) {
    const r = requests[i % requests.length]!;
    const t0 = performance.now();
    await fn(r);
    total += performance.now() - t0;
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: total / ITERATIONS, cpu: (cpu.user + cpu.system) / 1000 / ITERATIONS };
}

const rows = async <T>(db: Db, query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * The unit page's children with member counts: as first written (over the whole organisation),
 * and as the org module does since 87dc190 (only the children), to show what that fix bought.
 */
const childCounts = (orgId: string, unitId: string, onlyChildren: boolean) => sql`
  select units.id, units.name, units.kind, coalesce(member_counts.n, 0)::int as "memberCount"
  from units
  left join (
    ${
      onlyChildren
        ? sql`select m.unit_id, count(*)::int as n from memberships m
            where m.org_id = ${orgId}
              and m.unit_id in (select c.id from units c where c.org_id = ${orgId} and c.parent_id = ${unitId})
              and exists (select 1 from people p where p.org_id = ${orgId} and p.id = m.person_id and p.active)
            group by m.unit_id`
        : sql`select m.unit_id, count(distinct m.person_id)::int as n
            from memberships m join people p on p.org_id = m.org_id and p.id = m.person_id
            where m.org_id = ${orgId} and p.active = true group by m.unit_id`
    }
  ) member_counts on member_counts.unit_id = units.id
  where units.org_id = ${orgId} and units.parent_id = ${unitId}
  order by units.name asc, units.id asc`;

/** The session, the person and their memberships in one round trip instead of two. */
const oneQuerySession = (token: string) => sql`
  select s.person_id, s.org_id, s.csrf_token, s.last_seen_at, p.name, p.locale, p.active,
    coalesce((select json_agg(json_build_object('unitId', m.unit_id, 'role', m.role))
      from memberships m where m.org_id = s.org_id and m.person_id = s.person_id), '[]') as memberships
  from sessions s join people p on p.org_id = s.org_id and p.id = s.person_id
  where s.id = ${hashToken(token)} and s.expires_at > now() limit 1`;

const auditInsert = (orgId: string, actorId: string, subjectId: string) => sql`
  insert into audit_events (org_id, actor_id, action, entity_type, entity_id, subject_person_id, details)
  values (${orgId}, ${actorId}, 'person.read', 'person', ${subjectId}, ${subjectId}, '{"relation":"leader"}'::jsonb)`;

export async function proposals(database: Database, scenarios: Scenarios): Promise<string> {
  const db = database.db;
  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'false', JOBS: 'false' });
  const token = (r: BenchRequest) => /mup_session=([^;]+)/.exec(r.cookie)![1]!;
  // Only units with sub-units: for the others both forms are equally cheap.
  const parentReads = scenarios.unit.filter((_, i) => i % 2 === 1);
  const orgId = (await actorFor(db, scenarios.unit[0]!.actorId))!.orgId;
  const lines = [
    'Alternatives, one request at a time:',
    '',
    '| what | before ms | after ms | before CPU ms | after CPU ms |',
    '|---|---:|---:|---:|---:|',
  ];
  const row = (what: string, before: Mean, after: Mean) =>
    lines.push(
      `| ${what} | ${before.wall.toFixed(2)} | ${after.wall.toFixed(2)} | ${before.cpu.toFixed(2)} | ${after.cpu.toFixed(2)} |`,
    );

  row(
    'unit page children + member counts (units with sub-units): over the whole organisation → only the children (landed in 87dc190)',
    await mean(parentReads, (r) => db.execute(childCounts(orgId, r.expectId, false))),
    await mean(parentReads, (r) => db.execute(childCounts(orgId, r.expectId, true))),
  );
  row(
    'proposed: session lookup, loadActor (2 queries) → one query with the memberships aggregated',
    await mean(scenarios.person, (r) => loadActor(db, config, token(r), new Date())),
    await mean(scenarios.person, (r) => db.execute(oneQuerySession(token(r)))),
  );
  row(
    'proposed: person.read audit row, autocommit insert → insert in a transaction with synchronous_commit off',
    await mean(scenarios.person, (r) => db.execute(auditInsert(orgId, r.actorId, r.expectId))),
    await mean(scenarios.person, (r) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local synchronous_commit = off`);
        await tx.execute(auditInsert(orgId, r.actorId, r.expectId));
      }),
    ),
  );

  if (database.engine === 'postgres') {
    // Named statements are planned once per connection (after five runs PostgreSQL may switch to
    // a generic plan); unnamed ones on every run, as Drizzle and the bare server send them today.
    const dialect = (db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } })
      .dialect;
    const pool = (db as unknown as { $client: pg.Pool }).$client;
    const statement = (r: BenchRequest) => dialect.sqlToQuery(nearestLeadersSql(orgId, r.expectId));
    row(
      'proposed: nearest leaders, planned on every request → a named (prepared) statement',
      await mean(scenarios.person, (r) => pool.query(statement(r).sql, statement(r).params)),
      await mean(scenarios.person, (r) =>
        pool.query({ name: 'bench_nearest_leaders', text: statement(r).sql, values: statement(r).params }),
      ),
    );
  }

  const plan = await rows<Record<string, string>>(
    db,
    sql`explain (analyze, costs off, timing off, summary on) ${childCounts(orgId, parentReads[0]!.expectId, true)}`,
  );
  lines.push(
    '',
    'Plan of the children + member counts query (as the app runs it now) for a unit with sub-units:',
    '',
    '```',
    ...plan.map((p) => Object.values(p)[0]!),
    '```',
  );
  return lines.join('\n');
}
