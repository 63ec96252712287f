import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';

/*
 * Planning against execution time of each statement, from EXPLAIN (ANALYZE, SUMMARY). Neither
 * the app nor the bare server prepares statements, so PostgreSQL plans every statement of every
 * request again; this shows what that costs beside running them.
 */

const RUNS = 20;

export async function planningVersusExecution(db: Db, statements: Map<string, SQL>): Promise<string[]> {
  const lines = [
    "Planning and execution time per statement (EXPLAIN ANALYZE, mean of 20, the last request's parameters):",
    '',
    '| statement | planning ms | execution ms |',
    '|---|---:|---:|',
  ];
  for (const [label, statement] of statements) {
    let planning = 0;
    let execution = 0;
    for (let i = 0; i < RUNS; i++) {
      const result = (await db.execute(
        sql`explain (analyze, summary on, timing off, costs off) ${statement}`,
      )) as unknown as {
        rows: Record<string, string>[];
      };
      const text = result.rows.map((row) => Object.values(row)[0]).join('\n');
      planning += Number(/Planning Time: ([\d.]+)/.exec(text)?.[1] ?? NaN);
      execution += Number(/Execution Time: ([\d.]+)/.exec(text)?.[1] ?? NaN);
    }
    lines.push(`| ${label} | ${(planning / RUNS).toFixed(3)} | ${(execution / RUNS).toFixed(3)} |`);
  }
  return lines;
}
