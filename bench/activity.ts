import type { Database } from '../src/server/db/client.js';
import type { TableTiming } from './batch.js';
import type { Timing } from './generate.js';
import type { Plan } from './plan.js';
import { seededRandom } from './names.js';
import { activityContext, planSchedule, type Schedule } from './activity-context.js';
import { writeFrames, writeGoals } from './activity-goals.js';
import { writeOneToOnes, type PlannedConversation } from './activity-talks.js';
import { writeFeedback } from './activity-feedback.js';
import { writeTeamActivity } from './activity-teams.js';
import { writeForums } from './activity-forums.js';
import { writeCompetence, type CompetenceActivity } from './activity-competence.js';

export interface Activity {
  /** Each person's 1:1s (as the subject), in date order. */
  oneToOnes: Map<string, PlannedConversation[]>;
  /** Each unit's meeting forums. */
  forumsByUnit: Map<string, string[]>;
  /** Competence initiatives and driving licences (activity-competence.ts). */
  competence: CompetenceActivity;
  timings: Timing[];
}

/**
 * A year of MUP in the municipality, ending `now`: frames, goals and circles, six 1:1s per person
 * with their nearest leader, cadences and feedback; the teams' goals, circles and conversations;
 * every institution's and department's meeting forums with a year of anonymous evaluations. Written table group by table group with the
 * same multi-row inserts as the organisation; each table's time is the time of its INSERTs, and
 * each group's "build" line the time spent making its rows in memory.
 */
export async function generateActivity(
  database: Database,
  plan: Plan,
  log: (line: string) => void = () => {},
  now = new Date(),
): Promise<Activity> {
  const ctx = activityContext(plan, seededRandom(20261122), now);
  const timings: Timing[] = [];
  const group = async <T>(name: string, fn: () => Promise<{ result: T; tables: TableTiming[] }>) => {
    const t0 = performance.now();
    const { result, tables } = await fn();
    const total = performance.now() - t0;
    for (const t of tables) {
      timings.push({ step: t.table, rows: t.rows, ms: t.ms });
      log(`  ${t.table.padEnd(22)} ${String(t.rows).padStart(8)} rows  ${t.ms.toFixed(0).padStart(7)} ms`);
    }
    const build = total - tables.reduce((sum, t) => sum + t.ms, 0);
    timings.push({ step: `${name} (build)`, rows: 0, ms: build });
    log(`  ${`${name} (build)`.padEnd(22)} ${''.padStart(8)}       ${build.toFixed(0).padStart(7)} ms`);
    return result;
  };

  const schedules = new Map<string, Schedule>();
  for (const person of plan.people)
    if (ctx.leaderOf.has(person.id)) schedules.set(person.id, planSchedule(ctx));

  const itemsByUnit = await group('frames', async () => {
    const { itemsByUnit, timings: tables } = await writeFrames(database, ctx);
    return { result: itemsByUnit, tables };
  });
  const goalsByPerson = await group('goals', async () => {
    const { goalsByPerson, timings: tables } = await writeGoals(database, ctx, itemsByUnit, schedules);
    return { result: goalsByPerson, tables };
  });
  const oneToOnes = await group('1:1s', async () => {
    const { bySubject, timings: tables } = await writeOneToOnes(database, ctx, schedules, goalsByPerson);
    return { result: bySubject, tables };
  });
  await group('feedback', async () => ({
    result: null,
    tables: await writeFeedback(database, ctx, goalsByPerson),
  }));
  await group('teams', async () => ({ result: null, tables: await writeTeamActivity(database, ctx) }));
  const forumsByUnit = await group('forums', async () => {
    const { forumsByUnit, timings: tables } = await writeForums(database, ctx);
    return { result: forumsByUnit, tables };
  });
  const competence = await group('competence', async () => {
    const { competence, timings: tables } = await writeCompetence(database, ctx);
    return { result: competence, tables };
  });
  return { oneToOnes, forumsByUnit, competence, timings };
}
