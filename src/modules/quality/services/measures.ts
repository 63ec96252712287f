import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { loadQualityTeam, qualityAccess } from '../access.js';
import { loadChartRow, loadSeries, presentSeries } from '../chart-statement.js';
import { qualityMeasureChanges, qualityMeasures } from '../schema.js';
import { loadTeamRow, measureById, type MeasureRow } from '../records.js';
import { runChartPhases } from '../run-chart.js';
import type { BaselineInput, CreateMeasureInput, MeasureChangeInput } from '../validation.js';
import type { Measure, MeasureAnswer } from '../answers.js';

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

/**
 * GET /quality/measures/{id}: the points, the trials and changes at their dates, the run chart by
 * phase. One statement reads the measure, the reader's access and the series (chart-statement.ts).
 */
export async function getMeasure({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<MeasureAnswer> {
  const { orgId, personId } = ctx.actor;
  const row = await loadChartRow(ctx.db, orgId, input.id, personId);
  if (!row) throw notFound('Not found');
  const team = {
    id: row.team_id,
    name: row.team_name,
    unitId: row.team_unit_id,
    unitName: row.team_unit_name,
  };
  qualityAccess(team, row.role, row.leads);
  const { points, annotations } = presentSeries(row);
  const measure: Measure = {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    unit: row.unit,
    frequency: row.frequency,
    recorder: row.recorder,
    direction: row.direction,
    minValue: row.min_value,
    maxValue: row.max_value,
    baselinePoints: row.baseline_points,
  };
  return {
    measure,
    team: { id: team.id, name: team.name },
    points,
    annotations,
    phases: runChartPhases(points, annotations, row.direction, row.baseline_points),
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
  const { points, annotations } = await loadSeries(ctx.db, ctx.actor.orgId, measure.id);
  return {
    points,
    annotations,
    phases: runChartPhases(points, annotations, measure.direction, measure.baselinePoints),
  };
}
