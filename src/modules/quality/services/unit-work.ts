import { and, asc, eq, inArray, isNull, gte, lte, or, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { unitSubtreeText } from '../../../server/policy/unit-tree.js';
import { teams } from '../../org/schema.js';
import { qualityMeasures, qualityTrials, qualityWorkItems } from '../schema.js';
import type { TrialConclusion, TrialOutcome } from '../constants.js';
import { measureChart } from './measures.js';

/*
 * What a unit's quality teams did in a period, for the unit's learning conversation: the trial
 * actions that ran in it with what they showed and what the team decided, and each measure with
 * what its run chart says now. Team work, not anyone's record: the conversation's parties (the
 * unit's and the upper leader) are already among those who may read a quality team's work.
 */

export interface UnitTrial {
  title: string;
  action: string;
  team: string;
  outcome: TrialOutcome | null;
  conclusion: TrialConclusion | null;
}

export interface UnitMeasure {
  name: string;
  team: string;
  points: number;
  /** The latest phase's state: a signal by kind, no signal, or too few points for the rules. */
  state: 'too_few_points' | 'no_signal' | 'signal';
  signals: ('long_run_improvement' | 'long_run_deterioration' | 'few_crossings')[];
}

export async function unitQualityWork(
  ctx: SignedInContext,
  scope: { unitId: string; from: string; to: string },
  /** Which half to load: the run charts cost more than the trials. */
  part: 'trials' | 'measures',
): Promise<{ trials: UnitTrial[]; measures: UnitMeasure[] }> {
  const orgId = ctx.actor.orgId;
  const unitTeams = await ctx.db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(
      and(
        eq(teams.orgId, orgId),
        eq(teams.kind, 'quality'),
        sql`${teams.unitId} in (${unitSubtreeText.bound(orgId, scope.unitId)})`,
      ),
    )
    .orderBy(asc(teams.name));
  if (unitTeams.length === 0) return { trials: [], measures: [] };
  const teamName = new Map(unitTeams.map((t) => [t.id, t.name]));
  const teamIds = unitTeams.map((t) => t.id);
  const trials =
    part !== 'trials'
      ? []
      : await ctx.db
          .select({ trial: qualityTrials, action: qualityWorkItems.title })
          .from(qualityTrials)
          .innerJoin(
            qualityWorkItems,
            and(
              eq(qualityWorkItems.orgId, qualityTrials.orgId),
              eq(qualityWorkItems.id, qualityTrials.actionId),
            ),
          )
          .where(
            and(
              eq(qualityTrials.orgId, orgId),
              inArray(qualityTrials.teamId, teamIds),
              lte(qualityTrials.startedOn, scope.to),
              or(
                isNull(qualityTrials.concludedAt),
                gte(qualityTrials.concludedAt, new Date(`${scope.from}T00:00:00Z`)),
              ),
            ),
          )
          .orderBy(asc(qualityTrials.startedOn), asc(qualityTrials.createdAt));
  const measures =
    part !== 'measures'
      ? []
      : await ctx.db
          .select()
          .from(qualityMeasures)
          .where(and(eq(qualityMeasures.orgId, orgId), inArray(qualityMeasures.teamId, teamIds)))
          .orderBy(asc(qualityMeasures.createdAt));
  const charted: UnitMeasure[] = [];
  for (const measure of measures) {
    const { points, phases } = await measureChart(ctx, measure);
    const last = phases[phases.length - 1];
    const signals = (last?.signals ?? []).map((s) =>
      s.kind === 'few_crossings' ? ('few_crossings' as const) : (`long_run_${s.assessment}` as const),
    );
    charted.push({
      name: measure.name,
      team: teamName.get(measure.teamId)!,
      points: points.length,
      state:
        !last || last.status === 'too_few_points'
          ? 'too_few_points'
          : signals.length
            ? 'signal'
            : 'no_signal',
      signals,
    });
  }
  return {
    trials: trials.map((r) => ({
      title: r.trial.title,
      action: r.action,
      team: teamName.get(r.trial.teamId)!,
      outcome: r.trial.outcome,
      conclusion: r.trial.conclusion,
    })),
    measures: charted,
  };
}
