import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { toInstant } from '../../shared/answers.js';
import { presentInquiry, type InquiryRow } from '../inquiry/index.js';
import { inquiries } from '../inquiry/schema.js';
import { teams } from '../org/schema.js';
import { loadQualityTeam, type QualityAccess } from './access.js';
import { qualityDataPoints, qualityMeasures, qualityTrials, qualityWorkItems } from './schema.js';
import type { TrialSummary } from './answers.js';

export type WorkItemRow = typeof qualityWorkItems.$inferSelect;
export type MeasureRow = typeof qualityMeasures.$inferSelect;
export type TrialRow = typeof qualityTrials.$inferSelect;

/** A row of one of the team's tables by id, with the actor's access to its team; 404 otherwise. */
export async function loadTeamRow<R extends { teamId: string }>(
  ctx: SignedInContext,
  load: (db: Db, orgId: string) => Promise<R | undefined>,
): Promise<{ row: R; access: QualityAccess }> {
  const row = await load(ctx.db, ctx.actor.orgId);
  if (!row) throw notFound('Not found');
  return { row, access: await loadQualityTeam(ctx, row.teamId) };
}

export const workItemById = (id: string) => async (db: Db, orgId: string) =>
  (
    await db
      .select()
      .from(qualityWorkItems)
      .where(and(eq(qualityWorkItems.orgId, orgId), eq(qualityWorkItems.id, id)))
  )[0];

export const measureById = (id: string) => async (db: Db, orgId: string) =>
  (
    await db
      .select()
      .from(qualityMeasures)
      .where(and(eq(qualityMeasures.orgId, orgId), eq(qualityMeasures.id, id)))
  )[0];

export const trialById = (id: string) => async (db: Db, orgId: string) =>
  (
    await db
      .select()
      .from(qualityTrials)
      .where(and(eq(qualityTrials.orgId, orgId), eq(qualityTrials.id, id)))
  )[0];

export const presentWorkItem = (row: WorkItemRow) => ({
  id: row.id,
  title: row.title,
  description: row.description,
  createdAt: toInstant(row.createdAt),
});

/** The team's trials with where their cycle stands, oldest first. */
export async function teamTrials(
  db: Db,
  orgId: string,
  teamId: string,
): Promise<(TrialSummary & { actionId: string })[]> {
  const rows = await db
    .select({ trial: qualityTrials, inquiry: inquiries, measureName: qualityMeasures.name })
    .from(qualityTrials)
    .innerJoin(
      inquiries,
      and(eq(inquiries.orgId, qualityTrials.orgId), eq(inquiries.id, qualityTrials.inquiryId)),
    )
    .leftJoin(
      qualityMeasures,
      and(eq(qualityMeasures.orgId, qualityTrials.orgId), eq(qualityMeasures.id, qualityTrials.measureId)),
    )
    .where(and(eq(qualityTrials.orgId, orgId), eq(qualityTrials.teamId, teamId)))
    .orderBy(asc(qualityTrials.startedOn), asc(qualityTrials.createdAt));
  return rows.map((r) => ({
    ...presentTrialSummary(r.trial, r.inquiry, r.measureName),
    actionId: r.trial.actionId,
  }));
}

export function presentTrialSummary(
  trial: TrialRow,
  inquiry: InquiryRow,
  measureName: string | null,
): TrialSummary {
  const view = presentInquiry(inquiry);
  return {
    id: trial.id,
    title: trial.title,
    startedOn: trial.startedOn,
    outcome: trial.outcome,
    conclusion: trial.conclusion,
    currentPhase: view.currentPhase,
    progress: view.progress,
    measure: trial.measureId ? { id: trial.measureId, name: measureName ?? '' } : null,
  };
}

/** The measures named, each with its number of points and its latest value. */
export async function measureSummaries(db: Db, orgId: string, where: { teamId: string } | { ids: string[] }) {
  if ('ids' in where && where.ids.length === 0) return [];
  const rows = await db
    .select()
    .from(qualityMeasures)
    .where(
      and(
        eq(qualityMeasures.orgId, orgId),
        'teamId' in where ? eq(qualityMeasures.teamId, where.teamId) : inArray(qualityMeasures.id, where.ids),
      ),
    )
    .orderBy(asc(qualityMeasures.createdAt));
  if (rows.length === 0) return [];
  const counts = await db
    .select({ measureId: qualityDataPoints.measureId, n: sql<number>`count(*)::int` })
    .from(qualityDataPoints)
    .where(
      and(
        eq(qualityDataPoints.orgId, orgId),
        inArray(
          qualityDataPoints.measureId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .groupBy(qualityDataPoints.measureId);
  const latest = await db
    .selectDistinctOn([qualityDataPoints.measureId], {
      measureId: qualityDataPoints.measureId,
      on: qualityDataPoints.on,
      value: qualityDataPoints.value,
    })
    .from(qualityDataPoints)
    .where(
      and(
        eq(qualityDataPoints.orgId, orgId),
        inArray(
          qualityDataPoints.measureId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(qualityDataPoints.measureId, desc(qualityDataPoints.on));
  return rows.map((m) => {
    const last = latest.find((l) => l.measureId === m.id);
    return {
      id: m.id,
      name: m.name,
      unit: m.unit,
      frequency: m.frequency,
      points: counts.find((c) => c.measureId === m.id)?.n ?? 0,
      latest: last ? { on: last.on, value: last.value } : null,
    };
  });
}

/** The team's measures as names, to link a trial or a data work to one. */
export async function measureRefs(db: Db, orgId: string, teamId: string) {
  return db
    .select({ id: qualityMeasures.id, name: qualityMeasures.name })
    .from(qualityMeasures)
    .where(and(eq(qualityMeasures.orgId, orgId), eq(qualityMeasures.teamId, teamId)))
    .orderBy(asc(qualityMeasures.createdAt));
}

/** The team as a name in an answer. */
export async function teamRef(ctx: SignedInContext, teamId: string) {
  const [team] = await ctx.db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.orgId, ctx.actor.orgId), eq(teams.id, teamId)));
  return team!;
}
