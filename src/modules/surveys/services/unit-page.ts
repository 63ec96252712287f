import { and, asc, desc, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { keptAnswers } from '../../../server/db/data-versions.js';
import { localDay } from '../../../shared/time.js';
import { isSentRound } from '../engine/instruments.js';
import { groupOfUnit } from '../engine/publish.js';
import { orgTree } from '../engine/publications.js';
import { commentTexts, weakResults } from '../engine/scores.js';
import { aggregateDistributions, aggregateIndexPoints, type Aggregate } from '../engine/aggregates.js';
import { WEAK_POINTS } from '../constants.js';
import { loadSurveyRound, presentRounds, unitNames, type SurveyRound } from '../records.js';
import { surveyResponses, surveyRounds } from '../schema.js';
import type { UnitResultAnswer } from '../answers.js';
import {
  organisationSum,
  scoresOf,
  sealedRoundData,
  storedSums,
  sumOf,
  unitSums,
  type RoundData,
} from './round-data.js';

/*
 * A unit's results page as every reader of it sees it: its placement, its group's scores and
 * distribution, the organisation's, the group's comments (unordered here: each request shuffles
 * them), the trend and the weak results. Who reads it, whether they may start work from it and with
 * which teams is decided per request (unit-result.ts), never kept.
 */

export type SharedUnitPage = Omit<UnitResultAnswer, 'can' | 'teams'>;

/** How a page reaches a round's data: sealing it first if need be (roundData), or only if sealed. */
export type RoundDataOf = (round: SurveyRound) => Promise<RoundData | null>;

/** The tables a unit's page is read from: the tree and names, the rounds and thresholds, sums, comments. */
const UNIT_PAGE_TABLES = [
  'survey_responses',
  'survey_rounds',
  'survey_settings',
  'survey_unit_results',
  'units',
] as const;

/**
 * The shared page of a round whose every round of its trend is sealed (unit-result.ts asks that
 * first): then nothing of it depends on the time or the reader, only on the tables above. One per
 * round and unit; a leader reads their own unit or a few, HR any.
 */
export const keptUnitPages = keptAnswers(
  UNIT_PAGE_TABLES,
  512,
  async (db: Db, orgId: string, roundId: string, unitId: string) => {
    const round = await loadSurveyRound(db, orgId, roundId);
    const tree = await orgTree(db, orgId);
    return sharedUnitPage(db, round, unitId, (r) => sealedRoundData(db, r, tree), new Date());
  },
);

/** The page of `unitId` in `round`: the group its answers count in, the organisation, comments, trend. */
export async function sharedUnitPage(
  db: Db,
  round: SurveyRound,
  unitId: string,
  dataOf: RoundDataOf,
  now: Date,
): Promise<SharedUnitPage> {
  const orgId = round.orgId;
  const [summary] = await presentRounds(db, orgId, [round], now, false);
  const data = await dataOf(round);
  const instrument = round.definition as UnitResultAnswer['instrument'];
  const place = data?.published.places.get(unitId);
  const group = data ? groupOfUnit(data.published, unitId) : null;
  const organisationGroup = data?.published.organisation ?? null;
  const names = await unitNames(db, orgId, [
    unitId,
    ...(place?.into ? [place.into] : []),
    ...(group ? [group.id, ...group.rolledUp] : []),
  ]);
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  const empty = {
    round: summary!,
    instrument,
    unit: ref(unitId),
    placement: {
      unit: ref(unitId),
      placement: place?.placement ?? ('no_answers' as const),
      into: place?.into ? ref(place.into) : null,
    },
    group: null,
    organisation: null,
    comments: null,
    trend: [],
    weak: [],
  };
  if (!data) return empty;
  // The organisation's mean from the round's totals; the group's from its units' sums (ADR 0022).
  const orgSum = await organisationSum(db, data);
  const organisation = organisationGroup && orgSum ? scoresOf(round, organisationGroup, orgSum, names) : null;
  if (!group) return { ...empty, organisation };
  const sums = sumOf(round, await unitSums(db, round, group.units), group);
  const scores = scoresOf(round, group, sums, names);
  return {
    ...empty,
    group: { ...scores, distribution: aggregateDistributions(round.definition, sums) },
    organisation,
    comments: group.comments ? commentTexts(await commentsOf(db, round, group.units)) : null,
    trend: await trendOf(db, round, unitId, dataOf),
    weak: weakResults(round.definition, scores.items, scores.indices, WEAK_POINTS),
  };
}

/** The comments of a group's answers, in the order of their random ids (read only where they may show). */
async function commentsOf(db: Db, round: SurveyRound, units: readonly string[]) {
  if (units.length === 0) return [];
  return db
    .select({ comment: surveyResponses.comment })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.orgId, round.orgId),
        eq(surveyResponses.roundId, round.id),
        inArray(surveyResponses.unitId, [...units]),
        isNotNull(surveyResponses.comment),
      ),
    )
    .orderBy(asc(surveyResponses.id));
}

/**
 * The unit's indices in up to eight closed rounds of the same instrument, oldest first (this one
 * included): each round's kept publication says which group holds the unit, and one statement reads
 * those groups' stored index sums.
 */
async function trendOf(db: Db, round: SurveyRound, unitId: string, dataOf: RoundDataOf) {
  const earlier = (await db
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
    const data = await dataOf(r);
    if (data) shown.push({ round: data.round, group: groupOfUnit(data.published, unitId) });
  }
  const rows = await storedSums(
    db,
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
