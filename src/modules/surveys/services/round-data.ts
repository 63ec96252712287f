import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { isClosed, sealRound } from '../engine/rounds.js';
import type { Published, PublishedGroup } from '../engine/publish.js';
import { publicationOf, type OrgTree } from '../engine/publications.js';
import {
  addAggregates,
  aggregateIndexPoints,
  aggregateItemMeans,
  type Aggregate,
} from '../engine/aggregates.js';
import { loadSurveyRound, type SurveyRound } from '../records.js';
import { surveyUnitResults, type RoundTotals } from '../schema.js';
import type { GroupScores } from '../answers.js';

/*
 * What the results pages (results.ts, unit-result.ts, unit-package.ts) read of a closed round: its
 * publication and its units' stored sums (ADR 0022).
 */

export interface RoundData {
  round: SurveyRound & { totals: RoundTotals };
  published: Published;
}

/**
 * A closed round and what of it may be shown, on the tree as it is now. Nothing is read of a round
 * that is still open; a closed round is sealed (and its sums stored, ADR 0022) before anything of it
 * is read. The publication is kept per round and tree (engine/publications.ts).
 */
export async function roundData(
  ctx: SignedInContext,
  round: SurveyRound,
  tree: OrgTree,
): Promise<RoundData | null> {
  if (!isClosed(round, ctx.now())) return null;
  let sealed = round;
  if (!round.sealed || round.totals === null) {
    await ctx.db.transaction((tx) => sealRound({ ...ctx, db: tx as unknown as Db }, round.orgId, round.id));
    sealed = await loadSurveyRound(ctx.db, round.orgId, round.id);
  }
  return sealedRoundData(ctx.db, sealed, tree);
}

/** A sealed round with its sums, and its publication; null for any other (nothing of it is read). */
export async function sealedRoundData(db: Db, round: SurveyRound, tree: OrgTree): Promise<RoundData | null> {
  if (!round.sealed || round.totals === null) return null;
  return { round: round as RoundData['round'], published: await publicationOf(db, round, tree) };
}

/**
 * The stored sums of `units` (every unit of the round for null) in the given rounds, one per round and
 * unit; with `items: false` only the indices (what the scatter and the trend read).
 */
export async function storedSums(
  db: Db,
  orgId: string,
  roundIds: readonly string[],
  units: readonly string[] | null,
  { items = true } = {},
) {
  if (roundIds.length === 0 || (units && units.length === 0)) return [];
  return db
    .select({
      roundId: surveyUnitResults.roundId,
      unitId: surveyUnitResults.unitId,
      respondents: surveyUnitResults.respondents,
      items: items ? surveyUnitResults.items : sql<Aggregate['items']>`'[]'::jsonb`,
      indices: surveyUnitResults.indices,
    })
    .from(surveyUnitResults)
    .where(
      and(
        eq(surveyUnitResults.orgId, orgId),
        roundIds.length === 1
          ? eq(surveyUnitResults.roundId, roundIds[0]!)
          : inArray(surveyUnitResults.roundId, [...roundIds]),
        units ? inArray(surveyUnitResults.unitId, [...units]) : undefined,
      ),
    );
}

/** One round's stored sums per unit. */
export async function unitSums(
  db: Db,
  round: SurveyRound,
  units: readonly string[] | null,
  options?: { items?: boolean },
) {
  const rows = await storedSums(db, round.orgId, [round.id], units, options);
  return new Map<string, Aggregate>(rows.map(({ roundId: _, unitId, ...agg }) => [unitId, agg]));
}

export const sumOf = (round: SurveyRound, byUnit: Map<string, Aggregate>, group: PublishedGroup) =>
  addAggregates(
    round.definition,
    group.units.flatMap((u) => byUnit.get(u) ?? []),
  );

/**
 * The organisation's sums: the round's totals when the shown total holds every answer (a unit removed
 * since would make them differ), else the sum of its units'.
 */
export async function organisationSum(db: Db, data: RoundData, byUnit?: Map<string, Aggregate>) {
  const org = data.published.organisation;
  if (!org) return null;
  if (org.respondents === data.round.totals.respondents) return data.round.totals;
  return sumOf(data.round, byUnit ?? (await unitSums(db, data.round, org.units)), org);
}

/** A shown group's index points, from its units' stored sums. */
export async function groupIndexPoints(db: Db, round: SurveyRound, group: PublishedGroup) {
  return aggregateIndexPoints(
    round.definition,
    sumOf(round, await unitSums(db, round, group.units, { items: false }), group),
  );
}

export function scoresOf(
  round: SurveyRound,
  group: PublishedGroup,
  sums: Aggregate,
  names: Map<string, string>,
): GroupScores {
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    unit: group.id === '*' ? null : ref(group.id),
    respondents: sums.respondents,
    rolledUp: group.rolledUp.map(ref),
    items: aggregateItemMeans(round.definition, sums),
    indices: aggregateIndexPoints(round.definition, sums),
  };
}
