import { and, asc, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { isAdmin } from '../../../server/policy/actor.js';
import { localDay } from '../../../shared/time.js';
import { isClosed, sealRound } from '../engine/rounds.js';
import { isSentRound } from '../engine/instruments.js';
import { groupOfUnit, type Published, type PublishedGroup } from '../engine/publish.js';
import { namedTree, orgTree, publicationOf, type OrgTree } from '../engine/publications.js';
import { shuffledComments, weakResults, type ResponseRow } from '../engine/scores.js';
import {
  addAggregates,
  aggregateDistributions,
  aggregateIndexPoints,
  aggregateItemMeans,
  type Aggregate,
} from '../engine/aggregates.js';
import { WEAK_POINTS } from '../constants.js';
import { relationshipOf } from '../analysis.js';
import { mayActOnUnitResults, mayReadUnitResults, readableUnits } from '../access.js';
import { loadSurveyRound, presentRounds, unitNames, type SurveyRound } from '../records.js';
import { surveyResponses, surveyRounds, surveyUnitResults, type RoundTotals } from '../schema.js';
import type { GroupScores, RelationshipAnswer, ResultsAnswer, UnitResultAnswer } from '../answers.js';

interface RoundData {
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
  const published = await publicationOf(ctx.db, sealed, tree);
  return { round: sealed as RoundData['round'], published };
}

/**
 * The stored sums of `units` (every unit of the round for null) in the given rounds, one per round and
 * unit; with `items: false` only the indices (what the scatter and the trend read).
 */
async function storedSums(
  ctx: SignedInContext,
  orgId: string,
  roundIds: readonly string[],
  units: readonly string[] | null,
  { items = true } = {},
) {
  if (roundIds.length === 0 || (units && units.length === 0)) return [];
  return ctx.db
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
async function unitSums(
  ctx: SignedInContext,
  round: SurveyRound,
  units: readonly string[] | null,
  options?: { items?: boolean },
) {
  const rows = await storedSums(ctx, round.orgId, [round.id], units, options);
  return new Map<string, Aggregate>(rows.map(({ roundId: _, unitId, ...agg }) => [unitId, agg]));
}

const sumOf = (round: SurveyRound, byUnit: Map<string, Aggregate>, group: PublishedGroup) =>
  addAggregates(
    round.definition,
    group.units.flatMap((u) => byUnit.get(u) ?? []),
  );

/**
 * The organisation's sums: the round's totals when the shown total holds every answer (a unit removed
 * since would make them differ), else the sum of its units'.
 */
async function organisationSum(ctx: SignedInContext, data: RoundData, byUnit?: Map<string, Aggregate>) {
  const org = data.published.organisation;
  if (!org) return null;
  if (org.respondents === data.round.totals.respondents) return data.round.totals;
  return sumOf(data.round, byUnit ?? (await unitSums(ctx, data.round, org.units)), org);
}

/** The comments of a group's answers, in the order of their random ids (read only where they may show). */
async function commentsOf(ctx: SignedInContext, round: SurveyRound, units: readonly string[]) {
  if (units.length === 0) return [];
  return (await ctx.db
    .select({
      unitId: surveyResponses.unitId,
      scores: sql<(number | null)[]>`'{}'::int[]`,
      comment: surveyResponses.comment,
    })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.orgId, round.orgId),
        eq(surveyResponses.roundId, round.id),
        inArray(surveyResponses.unitId, [...units]),
        isNotNull(surveyResponses.comment),
      ),
    )
    .orderBy(asc(surveyResponses.id))) as ResponseRow[];
}

/** A shown group's index points, from its units' stored sums. */
export async function groupIndexPoints(ctx: SignedInContext, round: SurveyRound, group: PublishedGroup) {
  return aggregateIndexPoints(
    round.definition,
    sumOf(round, await unitSums(ctx, round, group.units, { items: false }), group),
  );
}

function scoresOf(
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

const byName = new Intl.Collator('da').compare;

/**
 * GET /surveys/rounds/{id}/results: the heat map — every shown group the actor may read (HR: all; a
 * leader: those of the units they lead and below) with the organisation's total, and where each
 * unit's answers went. Everyone else gets 404.
 */
export async function getResults({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<ResultsAnswer> {
  return resultsOf(ctx, input.id, { items: true });
}

async function resultsOf(
  ctx: SignedInContext,
  id: string,
  options: { items: boolean },
): Promise<ResultsAnswer> {
  const orgId = ctx.actor.orgId;
  const readable = await readableUnits(ctx);
  if (readable && readable.size === 0) throw notFound('No such survey round');
  const round = await loadSurveyRound(ctx.db, orgId, id);
  const { tree, names } = await namedTree(ctx.db, orgId);
  const [summary] = await presentRounds(ctx.db, orgId, [round], ctx.now(), isAdmin(ctx.actor));
  const data = await roundData(ctx, round, tree);
  const instrument = round.definition as ResultsAnswer['instrument'];
  if (!data) return { round: summary!, instrument, organisation: null, groups: [], placements: [] };
  const mine = (unitId: string) => !readable || readable.has(unitId);
  const groups = data.published.groups.filter((g) => mine(g.id));
  // Only the sums of the groups shown to this reader (and of the organisation, when its totals will not do).
  const org = data.published.organisation;
  const everyUnit = !readable || (org !== null && org.respondents !== data.round.totals.respondents);
  const sums = await unitSums(ctx, round, everyUnit ? null : groups.flatMap((g) => g.units), options);
  const orgSum = await organisationSum(ctx, data, sums);
  const ref = (unitId: string) => ({ id: unitId, name: names.get(unitId) ?? '' });
  const placements = [...data.published.places]
    .filter(([unitId, p]) => mine(unitId) && p.placement !== 'no_answers')
    .map(([unitId, p]) => ({ unit: ref(unitId), placement: p.placement, into: p.into ? ref(p.into) : null }))
    .sort((a, b) => byName(a.unit.name, b.unit.name));
  return {
    round: summary!,
    instrument,
    organisation: org && orgSum ? scoresOf(round, org, orgSum, names) : null,
    groups: groups
      .map((g) => scoresOf(round, g, sumOf(round, sums, g), names))
      .sort((a, b) => byName(a.unit!.name, b.unit!.name)),
    placements,
  };
}

/**
 * GET /surveys/rounds/{id}/units/{unitId}: a unit's page — the group its answers count in, with
 * distribution, comments (random order, only at the comment threshold), the trend of its indices
 * across earlier closed rounds of the same instrument, and its weak results. Leaders of the unit or
 * above and HR; everyone else 404. Its work follows the unit and its trend, not the organisation:
 * the tree is a fingerprint unless a round must be published again (engine/publications.ts).
 */
export async function getUnitResult({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; unitId: string };
}): Promise<UnitResultAnswer> {
  const orgId = ctx.actor.orgId;
  const own = await unitNames(ctx.db, orgId, [input.unitId]);
  if (!own.has(input.unitId) || !(await mayReadUnitResults(ctx, input.unitId)))
    throw notFound('No such survey round');
  const round = await loadSurveyRound(ctx.db, orgId, input.id);
  const tree = await orgTree(ctx.db, orgId);
  const [summary] = await presentRounds(ctx.db, orgId, [round], ctx.now(), isAdmin(ctx.actor));
  const data = await roundData(ctx, round, tree);
  const instrument = round.definition as UnitResultAnswer['instrument'];
  const place = data?.published.places.get(input.unitId);
  const group = data ? groupOfUnit(data.published, input.unitId) : null;
  const organisationGroup = data?.published.organisation ?? null;
  const names = await unitNames(ctx.db, orgId, [
    input.unitId,
    ...(place?.into ? [place.into] : []),
    ...(group ? [group.id, ...group.rolledUp] : []),
  ]);
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  const placement = {
    unit: ref(input.unitId),
    placement: place?.placement ?? ('no_answers' as const),
    into: place?.into ? ref(place.into) : null,
  };
  const empty = {
    round: summary!,
    instrument,
    unit: ref(input.unitId),
    placement,
    group: null,
    organisation: null,
    comments: null,
    trend: [],
    weak: [],
    can: { act: false },
    teams: [],
  };
  if (!data) return empty;
  // The organisation's mean from the round's totals; the group's from its units' sums (ADR 0022).
  const orgSum = await organisationSum(ctx, data);
  const organisation = organisationGroup && orgSum ? scoresOf(round, organisationGroup, orgSum, names) : null;
  if (!group) return { ...empty, organisation };
  const sums = sumOf(round, await unitSums(ctx, round, group.units), group);
  const scores = scoresOf(round, group, sums, names);
  return {
    round: summary!,
    instrument,
    unit: ref(input.unitId),
    placement,
    group: { ...scores, distribution: aggregateDistributions(round.definition, sums) },
    organisation,
    comments: group.comments ? shuffledComments(await commentsOf(ctx, round, group.units)) : null,
    trend: await trendOf(ctx, round, input.unitId, tree),
    weak: weakResults(round.definition, scores.items, scores.indices, WEAK_POINTS),
    ...(await actions(ctx, input.unitId)),
  };
}

async function actions(ctx: SignedInContext, unitId: string) {
  const { act, teams } = await mayActOnUnitResults(ctx, unitId);
  return { can: { act }, teams };
}

/**
 * The unit's indices in up to eight closed rounds of the same instrument, oldest first (this one
 * included): each round's kept publication says which group holds the unit, and one statement reads
 * those groups' stored index sums.
 */
async function trendOf(ctx: SignedInContext, round: SurveyRound, unitId: string, tree: OrgTree) {
  const earlier = (await ctx.db
    .select()
    .from(surveyRounds)
    .where(
      and(
        eq(surveyRounds.orgId, round.orgId),
        eq(surveyRounds.instrument, round.instrument),
        isSentRound,
        lt(surveyRounds.closesAt, new Date(new Date(round.closesAt).getTime() + 1)),
      ),
    )
    .orderBy(desc(surveyRounds.closesAt))
    .limit(8)) as SurveyRound[];
  const shown = [];
  for (const r of earlier.reverse()) {
    const data = await roundData(ctx, r, tree);
    if (data) shown.push({ round: data.round, group: groupOfUnit(data.published, unitId) });
  }
  const rows = await storedSums(
    ctx,
    round.orgId,
    shown.flatMap((s) => (s.group ? [s.round.id] : [])),
    [...new Set(shown.flatMap((s) => s.group?.units ?? []))],
    { items: false },
  );
  return shown.map(({ round: r, group }) => {
    const byUnit = new Map<string, Aggregate>(
      rows.filter((row) => row.roundId === r.id).map(({ roundId: _, unitId: u, ...agg }) => [u, agg]),
    );
    return {
      round: { id: r.id, name: r.title ?? r.definition.name.da },
      closedOn: localDay(new Date(r.closedAt ?? r.closesAt)),
      indices: group ? aggregateIndexPoints(r.definition, sumOf(r, byUnit, group)) : null,
    };
  });
}

/**
 * GET /surveys/rounds/{id}/relationship?x=&y=: two indices across the shown groups (departments and
 * the units that small ones rolled into), a least-squares line with the slope's 95 % interval and R²,
 * and how many units were left out. HR sees the whole organisation, a leader their part of it.
 */
export async function getRelationship({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; x: string; y: string };
}): Promise<RelationshipAnswer> {
  // Only the indices are read: the scatter shows no item.
  const results = await resultsOf(ctx, input.id, { items: false });
  const index = (key: string) => {
    const found = results.instrument.indices.find((i) => i.key === key);
    if (!found) throw notFound('No such index');
    return { key, name: found.name };
  };
  const x = index(input.x);
  const y = index(input.y);
  const { points, regression } = relationshipOf(results.groups, input.x, input.y);
  return {
    round: { id: results.round.id, name: results.round.title },
    x,
    y,
    points,
    regression,
    leftOut: results.placements.filter((p) => p.placement === 'hidden' || p.placement === 'withheld').length,
  };
}
