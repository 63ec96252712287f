import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { loadQualityTeam } from '../access.js';
import { qualityDataPoints, qualityMeasureChanges, qualityMeasures, qualityTrials } from '../schema.js';
import { loadTeamRow, measureById, teamRef, type MeasureRow } from '../records.js';
import { runChartPhases } from '../run-chart.js';
import type { BaselineInput, CreateMeasureInput, MeasureChangeInput } from '../validation.js';
import type { Annotation, Measure, MeasureAnswer } from '../answers.js';

const presentMeasure = (m: MeasureRow): Measure => ({
  id: m.id,
  name: m.name,
  description: m.description,
  kind: m.kind,
  unit: m.unit,
  frequency: m.frequency,
  recorder: m.recorder,
  direction: m.direction,
  minValue: m.minValue,
  maxValue: m.maxValue,
  baselinePoints: m.baselinePoints,
});

/** POST /quality/teams/{id}/measures: what the team counts or scores, how often, by whom, which way is better. */
export async function createMeasure({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateMeasureInput & { id: string };
}): Promise<{ measure: Measure }> {
  return inTransaction(ctx, async (tx) => {
    const { team } = await loadQualityTeam(tx, input.id);
    const { id: _, ...fields } = input;
    const orgId = tx.actor.orgId;
    const [row] = await tx.db
      .insert(qualityMeasures)
      .values({ orgId, teamId: team.id, ...fields, createdBy: tx.actor.personId, createdAt: tx.now() })
      .returning();
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'quality.measure_created',
        entityType: 'quality_measure',
        entityId: row!.id,
        details: { teamId: team.id },
      },
    );
    return { measure: presentMeasure(row!) };
  });
}

/** GET /quality/measures/{id}: the points, the trials and changes at their dates, the run chart by phase. */
export async function getMeasure({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<MeasureAnswer> {
  const { row: measure } = await loadTeamRow(ctx, measureById(input.id));
  const { points, annotations, phases } = await measureChart(ctx, measure);
  return {
    measure: presentMeasure(measure),
    team: await teamRef(ctx, measure.teamId),
    points,
    annotations,
    phases,
    can: { edit: true },
  };
}

/** POST /quality/measures/{id}/changes: a change marked on the chart; it may start a new phase. */
export async function addMeasureChange({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: MeasureChangeInput & { id: string };
}): Promise<MeasureAnswer> {
  await inTransaction(ctx, async (tx) => {
    const { row: measure } = await loadTeamRow(tx, measureById(input.id));
    const orgId = tx.actor.orgId;
    const [change] = await tx.db
      .insert(qualityMeasureChanges)
      .values({
        orgId,
        measureId: measure.id,
        on: input.on,
        label: input.label,
        startsPhase: input.startsPhase,
        createdBy: tx.actor.personId,
      })
      .returning({ id: qualityMeasureChanges.id });
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'quality.measure_change_added',
        entityType: 'quality_measure',
        entityId: measure.id,
        details: { changeId: change!.id, startsPhase: input.startsPhase },
      },
    );
  });
  return getMeasure({ ctx, input: { id: input.id } });
}

/** PUT /quality/measures/{id}/baseline: freezes the median to the first points (or lets it follow again). */
export async function setBaseline({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: BaselineInput & { id: string };
}): Promise<MeasureAnswer> {
  await inTransaction(ctx, async (tx) => {
    const { row: measure } = await loadTeamRow(tx, measureById(input.id));
    const orgId = tx.actor.orgId;
    await tx.db
      .update(qualityMeasures)
      .set({ baselinePoints: input.points })
      .where(and(eq(qualityMeasures.orgId, orgId), eq(qualityMeasures.id, measure.id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'quality.measure_baseline_set',
        entityType: 'quality_measure',
        entityId: measure.id,
        details: { points: input.points },
      },
    );
  });
  return getMeasure({ ctx, input: { id: input.id } });
}

/**
 * A measure's run chart: its points in time order, its trials and changes as annotations at their
 * dates, and the phases judged by the Anhøj rules. The caller has checked the actor may see it.
 */
export async function measureChart(ctx: SignedInContext, measure: MeasureRow) {
  const orgId = ctx.actor.orgId;
  const points = (
    await ctx.db
      .select({ id: qualityDataPoints.id, on: qualityDataPoints.on, value: qualityDataPoints.value })
      .from(qualityDataPoints)
      .where(and(eq(qualityDataPoints.orgId, orgId), eq(qualityDataPoints.measureId, measure.id)))
      .orderBy(asc(qualityDataPoints.on))
  ).map((p) => ({ id: p.id, on: p.on, value: p.value }));
  const changes = await ctx.db
    .select()
    .from(qualityMeasureChanges)
    .where(and(eq(qualityMeasureChanges.orgId, orgId), eq(qualityMeasureChanges.measureId, measure.id)));
  const trials = await ctx.db
    .select()
    .from(qualityTrials)
    .where(and(eq(qualityTrials.orgId, orgId), eq(qualityTrials.measureId, measure.id)));
  const annotations: Annotation[] = [
    ...changes.map((c) => ({
      on: c.on,
      label: c.label,
      kind: 'change' as const,
      startsPhase: c.startsPhase,
      trialId: null,
      outcome: null,
    })),
    ...trials.map((t) => ({
      on: t.startedOn,
      label: t.title,
      kind: 'trial' as const,
      startsPhase: false,
      trialId: t.id,
      outcome: t.outcome,
    })),
  ].sort((a, b) => a.on.localeCompare(b.on));
  return {
    points,
    annotations,
    phases: runChartPhases(points, annotations, measure.direction, measure.baselinePoints),
  };
}
