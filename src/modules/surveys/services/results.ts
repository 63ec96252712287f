import { and, asc, count, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { isAdmin } from '../../../server/policy/actor.js';
import { localDay } from '../../../shared/time.js';
import { isClosed, sealRound } from '../engine/rounds.js';
import { isSentRound } from '../engine/instruments.js';
import { groupOfUnit, publishRound, type Published, type PublishedGroup } from '../engine/publish.js';
import {
  indexPoints,
  itemDistributions,
  itemMeans,
  shuffledComments,
  weakResults,
  type ResponseRow,
} from '../engine/scores.js';
import { WEAK_POINTS } from '../constants.js';
import { relationshipOf } from '../analysis.js';
import { mayActOnUnitResults, mayReadUnitResults, readableUnits } from '../access.js';
import { loadSurveyRound, presentRounds, unitTree, type SurveyRound } from '../records.js';
import { surveyResponses, surveyRounds } from '../schema.js';
import type { GroupScores, RelationshipAnswer, ResultsAnswer, UnitResultAnswer } from '../answers.js';

type Tree = Awaited<ReturnType<typeof unitTree>>;

interface RoundData {
  round: SurveyRound;
  /** Answers per unit, counted in the database: what publishing needs, without reading an answer. */
  byUnit: Map<string, number>;
  published: Published;
}

/**
 * A closed round's answers counted per unit, and what of them may be shown. Nothing is read from
 * the responses of a round that is still open; a closed round is sealed before its answers are read.
 */
export async function roundData(
  ctx: SignedInContext,
  round: SurveyRound,
  tree: Tree,
): Promise<RoundData | null> {
  if (!isClosed(round, ctx.now())) return null;
  if (!round.sealed)
    await ctx.db.transaction((tx) => sealRound({ ...ctx, db: tx as unknown as Db }, round.orgId, round.id));
  const counts = await ctx.db
    .select({ unitId: surveyResponses.unitId, n: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.orgId, round.orgId), eq(surveyResponses.roundId, round.id)))
    .groupBy(surveyResponses.unitId);
  const byUnit = new Map<string, number>();
  for (const c of counts) if (c.unitId) byUnit.set(c.unitId, Number(c.n));
  const published = publishRound(tree, byUnit, round.threshold ?? 5, round.commentThreshold ?? 10);
  return { round, byUnit, published };
}

/**
 * The answers that count in `units` (every answer of the round for null), in the order of their
 * random ids: a page reads only the group it shows (the index on org, round and unit).
 */
export async function answersOf(
  ctx: SignedInContext,
  round: SurveyRound,
  units: readonly string[] | null,
): Promise<ResponseRow[]> {
  if (units && units.length === 0) return [];
  return (await ctx.db
    .select({
      unitId: surveyResponses.unitId,
      scores: surveyResponses.scores,
      comment: surveyResponses.comment,
    })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.orgId, round.orgId),
        eq(surveyResponses.roundId, round.id),
        units ? inArray(surveyResponses.unitId, [...units]) : undefined,
      ),
    )
    .orderBy(asc(surveyResponses.id))) as ResponseRow[];
}

/** The answers of each unit, so a group's answers are gathered from its units, not filtered from all. */
function answersByUnit(answers: readonly ResponseRow[]) {
  const byUnit = new Map<string, ResponseRow[]>();
  for (const a of answers) {
    if (!a.unitId) continue;
    const list = byUnit.get(a.unitId);
    if (list) list.push(a);
    else byUnit.set(a.unitId, [a]);
  }
  return byUnit;
}

const answersIn = (byUnit: Map<string, ResponseRow[]>, group: PublishedGroup) =>
  group.units.flatMap((u) => byUnit.get(u) ?? []);

function scoresOf(
  round: SurveyRound,
  group: PublishedGroup,
  answers: readonly ResponseRow[],
  names: Map<string, string>,
): GroupScores {
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    unit: group.id === '*' ? null : ref(group.id),
    respondents: answers.length,
    rolledUp: group.rolledUp.map(ref),
    items: itemMeans(round.definition, answers),
    indices: indexPoints(round.definition, answers),
  };
}

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
  const orgId = ctx.actor.orgId;
  const readable = await readableUnits(ctx);
  if (readable && readable.size === 0) throw notFound('No such survey round');
  const round = await loadSurveyRound(ctx.db, orgId, input.id);
  const tree = await unitTree(ctx.db, orgId);
  const names = new Map(tree.map((u) => [u.id, u.name]));
  const [summary] = await presentRounds(ctx.db, orgId, [round], ctx.now(), isAdmin(ctx.actor));
  const data = await roundData(ctx, round, tree);
  const instrument = round.definition as ResultsAnswer['instrument'];
  if (!data) return { round: summary!, instrument, organisation: null, groups: [], placements: [] };
  const mine = (unitId: string) => !readable || readable.has(unitId);
  const all = await answersOf(ctx, round, null);
  const byUnit = answersByUnit(all);
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  const placements = [...data.published.places]
    .filter(([unitId, p]) => mine(unitId) && p.placement !== 'no_answers')
    .map(([unitId, p]) => ({ unit: ref(unitId), placement: p.placement, into: p.into ? ref(p.into) : null }))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'da'));
  return {
    round: summary!,
    instrument,
    organisation: data.published.organisation
      ? scoresOf(round, data.published.organisation, all, names)
      : null,
    groups: data.published.groups
      .filter((g) => mine(g.id))
      .map((g) => scoresOf(round, g, answersIn(byUnit, g), names))
      .sort((a, b) => a.unit!.name.localeCompare(b.unit!.name, 'da')),
    placements,
  };
}

/**
 * GET /surveys/rounds/{id}/units/{unitId}: a unit's page — the group its answers count in, with
 * distribution, comments (random order, only at the comment threshold), the trend of its indices
 * across earlier closed rounds of the same instrument, and its weak results. Leaders of the unit or
 * above and HR; everyone else 404.
 */
export async function getUnitResult({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; unitId: string };
}): Promise<UnitResultAnswer> {
  const orgId = ctx.actor.orgId;
  const tree = await unitTree(ctx.db, orgId);
  if (!tree.some((u) => u.id === input.unitId) || !(await mayReadUnitResults(ctx, input.unitId)))
    throw notFound('No such survey round');
  const round = await loadSurveyRound(ctx.db, orgId, input.id);
  const names = new Map(tree.map((u) => [u.id, u.name]));
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  const [summary] = await presentRounds(ctx.db, orgId, [round], ctx.now(), isAdmin(ctx.actor));
  const data = await roundData(ctx, round, tree);
  const instrument = round.definition as UnitResultAnswer['instrument'];
  const place = data?.published.places.get(input.unitId);
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
  const group = groupOfUnit(data.published, input.unitId);
  // The organisation's mean is read from every answer of this round; the trend only the group's.
  const all = data.published.organisation ? await answersOf(ctx, round, null) : [];
  const organisation = data.published.organisation
    ? scoresOf(round, data.published.organisation, all, names)
    : null;
  if (!group) return { ...empty, organisation };
  const units = new Set(group.units);
  const answers = all.length
    ? all.filter((r) => r.unitId && units.has(r.unitId))
    : await answersOf(ctx, round, group.units);
  const scores = scoresOf(round, group, answers, names);
  return {
    round: summary!,
    instrument,
    unit: ref(input.unitId),
    placement,
    group: { ...scores, distribution: itemDistributions(round.definition, answers) },
    organisation,
    comments: group.comments ? shuffledComments(answers) : null,
    trend: await trendOf(ctx, round, input.unitId, tree),
    weak: weakResults(round.definition, scores.items, scores.indices, WEAK_POINTS),
    ...(await actions(ctx, input.unitId)),
  };
}

async function actions(ctx: SignedInContext, unitId: string) {
  const { act, teams } = await mayActOnUnitResults(ctx, unitId);
  return { can: { act }, teams };
}

/** The unit's indices in up to eight closed rounds of the same instrument, oldest first (this one included). */
async function trendOf(ctx: SignedInContext, round: SurveyRound, unitId: string, tree: Tree) {
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
  const points = [];
  for (const r of earlier.reverse()) {
    const data = await roundData(ctx, r, tree);
    if (!data) continue;
    const group = groupOfUnit(data.published, unitId);
    points.push({
      round: { id: r.id, name: r.title ?? r.definition.name.da },
      closedOn: localDay(new Date(r.closedAt ?? r.closesAt)),
      indices: group ? indexPoints(r.definition, await answersOf(ctx, r, group.units)) : null,
    });
  }
  return points;
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
  const results = await getResults({ ctx, input: { id: input.id } });
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
