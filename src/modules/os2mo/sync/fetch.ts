import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { OS2MO_PHASES, type Os2moPhase, type Os2moRunPhase } from '../constants.js';
import type { Os2moSession } from '../source/client.js';
import type { SourceEmployee, SourceEngagement, SourceManager, SourceUnit } from '../source/queries.js';
import { os2moPages, os2moRuns } from '../schema.js';

/** Another worker moved the run on (a lease ran out while this one still worked): this one stops. */
export class Superseded extends Error {}

export interface FetchHooks {
  /** Called after each stored page; the crash test throws here. */
  afterPage?: (phase: Os2moPhase, page: number) => Promise<void> | void;
}

/**
 * Reads every collection page by page from where the run has got to. Each page is stored with
 * the run's new cursor in one transaction, so a run cut off at any point continues with the
 * page after the last one stored, and never stores a page twice.
 */
export async function fetchPages(
  db: Db,
  run: { id: string; orgId: string; phase: Os2moRunPhase; cursor: string | null; pages: number },
  session: Os2moSession,
  hooks: FetchHooks = {},
) {
  let { phase, cursor, pages } = run;
  while (phase !== 'complete') {
    const current: Os2moPhase = phase;
    const { items, next } = await session.page(current, cursor);
    const nextPhase: Os2moRunPhase = next
      ? current
      : (OS2MO_PHASES[OS2MO_PHASES.indexOf(current) + 1] ?? 'complete');
    await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      const moved = await tx
        .update(os2moRuns)
        .set({ phase: nextPhase, cursor: next, pages: pages + 1 })
        .where(
          and(
            eq(os2moRuns.orgId, run.orgId),
            eq(os2moRuns.id, run.id),
            eq(os2moRuns.pages, pages),
            eq(os2moRuns.status, 'fetching'),
          ),
        )
        .returning({ id: os2moRuns.id });
      if (moved.length === 0) throw new Superseded();
      await tx
        .insert(os2moPages)
        .values({ orgId: run.orgId, runId: run.id, phase: current, page: pages, items });
    });
    pages += 1;
    phase = nextPhase;
    cursor = next;
    await hooks.afterPage?.(current, pages);
  }
}

export interface SourceData {
  units: SourceUnit[];
  employees: SourceEmployee[];
  engagements: SourceEngagement[];
  managers: SourceManager[];
}

/** Everything a run has read, in the order it was read. */
export async function loadPages(db: Db, orgId: string, runId: string): Promise<SourceData> {
  const rows = await db
    .select({ phase: os2moPages.phase, items: os2moPages.items })
    .from(os2moPages)
    .where(and(eq(os2moPages.orgId, orgId), eq(os2moPages.runId, runId)))
    .orderBy(asc(os2moPages.page));
  const data: SourceData = { units: [], employees: [], engagements: [], managers: [] };
  const into = {
    org_units: data.units,
    employees: data.employees,
    engagements: data.engagements,
    managers: data.managers,
  };
  for (const row of rows) (into[row.phase] as unknown[]).push(...row.items);
  return data;
}

export async function dropPages(db: Db, orgId: string, runId: string) {
  await db.execute(sql`delete from ${os2moPages} where org_id = ${orgId}::uuid and run_id = ${runId}::uuid`);
}
