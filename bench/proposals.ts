import { sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from '../src/server/db/client.js';
import { loadConfig } from '../src/server/config.js';
import { loadActor } from '../src/modules/auth/session.js';
import { hashToken } from '../src/modules/auth/tokens.js';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { and, eq, gt } from 'drizzle-orm';
import { sessions } from '../src/modules/auth/schema.js';
import { memberships, people } from '../src/modules/org/schema.js';
import { nearestLeaders } from '../src/server/policy/nearest-leaders.js';
import { personPageStatement } from '../src/modules/org/services/get-person.js';
import { unitPageStatement } from '../src/modules/org/services/get-unit.js';
import * as schema from '../src/server/db/schema.js';
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

/** loadActor as it was before it became one prepared statement: two Drizzle queries. */
async function loadActorAsFirstWritten(db: Db, token: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, name: people.name, locale: people.locale, active: people.active })
    .from(sessions)
    .innerJoin(people, and(eq(people.id, sessions.personId), eq(people.orgId, sessions.orgId)))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row || !row.active) return null;
  return db
    .select({ unitId: memberships.unitId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, row.session.orgId), eq(memberships.personId, row.session.personId)));
}

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
    'session lookup: two Drizzle queries → one prepared statement with the memberships aggregated (landed)',
    await mean(scenarios.person, (r) => loadActorAsFirstWritten(db, token(r), new Date())),
    await mean(scenarios.person, (r) => loadActor(db, config, token(r), new Date())),
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
    row(
      'nearest leaders: a list of placeholders, planned on every request → an array parameter, prepared (landed)',
      await mean(scenarios.person, (r) => db.execute(nearestLeadersSql(orgId, r.expectId))),
      await mean(scenarios.person, (r) => nearestLeaders(db, orgId, [r.expectId])),
    );
    lines.push('', ...(await planChoices(database, scenarios, orgId)));
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

/**
 * Whether PostgreSQL plans the prepared statements once (a generic plan) or still per run (custom
 * plans): after five runs it keeps a generic plan only when its estimate is not worse than the
 * custom ones'. Counted on one connection after 20 runs of each page.
 */
async function planChoices(database: Database, scenarios: Scenarios, orgId: string): Promise<string[]> {
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  try {
    const db = drizzle({ client, schema }) as unknown as Db;
    const config = loadConfig({ NODE_ENV: 'test', DEMO: 'false', JOBS: 'false' });
    for (let i = 0; i < 20; i++) {
      const p = scenarios.person[i % scenarios.person.length]!;
      const u = scenarios.unit[i % scenarios.unit.length]!;
      await loadActor(db, config, /mup_session=([^;]+)/.exec(p.cookie)![1]!, new Date());
      // Read as themselves: no audit rows from this check.
      await personPageStatement(db, [orgId, p.expectId, p.expectId, null, new Date().toISOString()]);
      await unitPageStatement(db, [orgId, u.expectId, u.actorId]);
      await nearestLeaders(db, orgId, [p.expectId]);
    }
    const result = await client.query<{ name: string; generic_plans: string; custom_plans: string }>(
      'select name, generic_plans, custom_plans from pg_prepared_statements order by name',
    );
    return [
      'Plans PostgreSQL chose for the prepared statements on one connection after 20 runs each:',
      '',
      '| statement | generic plans | custom plans |',
      '|---|---:|---:|',
      ...result.rows.map((r) => `| ${r.name} | ${r.generic_plans} | ${r.custom_plans} |`),
    ];
  } finally {
    client.release();
  }
}
