import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { isAdmin } from '../../../server/policy/actor.js';
import { namedTree } from '../engine/publications.js';
import { relationshipOf } from '../analysis.js';
import { readableUnits } from '../access.js';
import { loadSurveyRound, presentRounds } from '../records.js';
import type { RelationshipAnswer, ResultsAnswer } from '../answers.js';
import { organisationSum, roundData, scoresOf, sumOf, unitSums } from './round-data.js';

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
  const sums = await unitSums(ctx.db, round, everyUnit ? null : groups.flatMap((g) => g.units), options);
  const orgSum = await organisationSum(ctx.db, data, sums);
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
