import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../src/server/db/client.js';
import { memberships, organisations, people, teamMembers, teams, units } from '../src/modules/org/schema.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { noteKeys } from '../src/server/crypto/schema.js';
import { benchNoteKeyRow } from './note-key.js';
import { planMunicipality, type Plan } from './plan.js';
import { withRawTransaction } from './engines.js';
import { generateActivity, type Activity } from './activity.js';
import { activityContext } from './activity-context.js';
import { writeQuality, type QualityActivity } from './activity-quality.js';
import { seededRandom } from './names.js';
import { writeSurveys, type SurveyActivity } from './surveys.js';

/** Everyone in the synthetic municipality has this password, so sign-in can be measured too. */
export const BENCH_PASSWORD = 'bench-kommune-2026';
export const BENCH_ORG_SLUG = 'bench-kommune';

// PostgreSQL allows 65,535 bind parameters per statement; stay well below it.
const MAX_PARAMS = 60_000;
const MAX_ROWS = 5_000;

export interface Timing {
  step: string;
  rows: number;
  ms: number;
}
export interface Generated {
  plan: Plan;
  timings: Timing[];
  totalMs: number;
  /** The year of MUP activity, when asked for. */
  activity?: Activity;
  /** The year of quality work and progression, when asked for. */
  quality?: QualityActivity;
  /** Two years of survey rounds, when asked for. */
  surveys?: SurveyActivity;
}

/** Builds the municipality in memory and writes it table by table, one transaction per table. */
export async function generate(
  database: Database,
  size: number,
  log: (line: string) => void = () => {},
  options: { activity?: boolean; quality?: boolean; surveys?: boolean } = {},
): Promise<Generated> {
  const timings: Timing[] = [];
  const started = performance.now();
  const step = async <T>(name: string, rows: number, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await fn();
    const ms = performance.now() - t0;
    timings.push({ step: name, rows, ms });
    log(`  ${name.padEnd(16)} ${String(rows).padStart(7)} rows  ${ms.toFixed(0).padStart(7)} ms`);
    return result;
  };

  // One argon2 hash for everyone: hashing 50,000 would take minutes and measure nothing.
  const passwordHash = await step('password hash', 1, () => hashPassword(BENCH_PASSWORD));
  const plan = await step('plan (memory)', 0, async () => planMunicipality(size, passwordHash));

  const db = database.db;
  await step('organisations', 1, () =>
    db.insert(organisations).values({ id: plan.orgId, slug: BENCH_ORG_SLUG, name: 'Benchmark Kommune' }),
  );
  await step('note_keys', 1, () => db.insert(noteKeys).values(benchNoteKeyRow(plan.orgId)));
  await step('units', plan.units.length, () => insertBatched(database, units, plan.units));
  await step('people', plan.people.length, () => insertBatched(database, people, plan.people));
  await step('memberships', plan.memberships.length, () =>
    insertBatched(database, memberships, plan.memberships),
  );
  await step('teams', plan.teams.length, () => insertBatched(database, teams, plan.teams));
  await step('team_members', plan.teamMembers.length, () =>
    insertBatched(database, teamMembers, plan.teamMembers),
  );
  let activity: Activity | undefined;
  if (options.activity) {
    const t0 = performance.now();
    activity = await generateActivity(database, plan, log);
    timings.push(...activity.timings);
    log(
      `  ${'activity total'.padEnd(16)} ${''.padStart(7)}       ${(performance.now() - t0).toFixed(0).padStart(7)} ms`,
    );
  }
  let quality: QualityActivity | undefined;
  if (options.quality) {
    const t0 = performance.now();
    const ctx = activityContext(plan, seededRandom(20261206), new Date());
    const written = await writeQuality(database, ctx);
    quality = written.quality;
    for (const t of written.timings) {
      timings.push({ step: t.table, rows: t.rows, ms: t.ms });
      log(`  ${t.table.padEnd(26)} ${String(t.rows).padStart(8)} rows  ${t.ms.toFixed(0).padStart(7)} ms`);
    }
    log(
      `  ${'quality total'.padEnd(16)} ${''.padStart(7)}       ${(performance.now() - t0).toFixed(0).padStart(7)} ms`,
    );
  }
  let surveys: SurveyActivity | undefined;
  if (options.surveys) {
    surveys = await writeSurveys(database, plan);
    for (const t of surveys.timings) {
      timings.push({ step: t.table, rows: t.rows, ms: t.ms });
      log(`  ${t.table.padEnd(16)} ${String(t.rows).padStart(7)} rows  ${t.ms.toFixed(0).padStart(7)} ms`);
    }
  }
  // Fresh tables have no statistics; without them the planner guesses (PGlite has no autovacuum).
  // VACUUM too: millions of freshly inserted rows otherwise set PostgreSQL's autovacuum off on
  // every large table just as the load starts, and the measurement shares the cores with it.
  await step('vacuum analyze', 0, () => db.execute(sql`vacuum (analyze)`));

  const totalMs = performance.now() - started;
  log(
    `  ${'total'.padEnd(16)} ${String(plan.people.length).padStart(7)} people ${totalMs.toFixed(0).padStart(6)} ms`,
  );
  return { plan, timings, totalMs, activity, quality, surveys };
}

/** Multi-row inserts of as many rows as the parameter limit allows, in one transaction. */
async function insertBatched<T extends object>(database: Database, table: PgTable, rows: T[]) {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!) as (keyof T & string)[];
  const columns = getTableColumns(table);
  const names = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const batch = Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / keys.length));
  await withRawTransaction(database, async (query) => {
    for (let i = 0; i < rows.length; i += batch) {
      const slice = rows.slice(i, i + batch);
      const params: unknown[] = [];
      const tuples = slice.map((row) => {
        const placeholders = keys.map((k) => `$${params.push(row[k])}`);
        return `(${placeholders.join(', ')})`;
      });
      await query(`insert into "${getTableName(table)}" (${names}) values ${tuples.join(', ')}`, params);
    }
  });
}
