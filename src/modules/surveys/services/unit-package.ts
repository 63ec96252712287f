import { and, asc, between, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { localDay } from '../../../shared/time.js';
import { groupOfUnit } from '../engine/publish.js';
import { isSentRound } from '../engine/instruments.js';
import { mayReadUnitResults } from '../access.js';
import { unitNames, type SurveyRound } from '../records.js';
import { orgTree } from '../engine/publications.js';
import { surveyRounds } from '../schema.js';
import { groupIndexPoints, roundData } from './round-data.js';
import type { Localized } from '../instruments/types.js';

/*
 * A unit's survey results in a period, for its learning conversation: HR's rounds that closed in
 * the period, each with the index points of the shown group the unit's answers count in — decided
 * by the round's own publication (publish.ts: thresholds, roll-up, subtraction check), exactly as
 * the unit's results page shows them. A round where the unit's answers are in no shown group gives
 * its name and no number.
 */

export interface UnitSurveyResult {
  round: string;
  closedOn: string;
  /** The unit the shown group is named for (the unit itself, or the one its answers rolled into). */
  shownAs: string | null;
  respondents: number | null;
  indices: { name: Localized; points: number | null }[];
}

export async function unitSurveyResults(
  ctx: SignedInContext,
  scope: { unitId: string; from: string; to: string },
): Promise<UnitSurveyResult[]> {
  if (!(await mayReadUnitResults(ctx, scope.unitId))) return [];
  const orgId = ctx.actor.orgId;
  const rounds = (await ctx.db
    .select()
    .from(surveyRounds)
    .where(
      and(
        eq(surveyRounds.orgId, orgId),
        isSentRound,
        between(
          sql`(coalesce(${surveyRounds.closedAt}, ${surveyRounds.closesAt}) at time zone 'Europe/Copenhagen')::date`,
          scope.from,
          scope.to,
        ),
      ),
    )
    .orderBy(asc(surveyRounds.closesAt))) as SurveyRound[];
  if (rounds.length === 0) return [];
  const tree = await orgTree(ctx.db, orgId);
  const out: (UnitSurveyResult & { groupId: string | null })[] = [];
  for (const round of rounds) {
    const data = await roundData(ctx, round, tree);
    if (!data) continue;
    const place = data.published.places.get(scope.unitId);
    if (!place || place.placement === 'no_answers') continue;
    const group = groupOfUnit(data.published, scope.unitId);
    const points = group ? await groupIndexPoints(ctx.db, round, group) : [];
    out.push({
      round: round.title ?? round.definition.name.da,
      closedOn: localDay(new Date(round.closedAt ?? round.closesAt)),
      shownAs: null,
      groupId: group?.id ?? null,
      respondents: group ? group.respondents : null,
      indices: round.definition.indices.map((i) => ({
        name: i.name,
        points: points.find((p) => p.key === i.key)?.points ?? null,
      })),
    });
  }
  const names = await unitNames(
    ctx.db,
    orgId,
    out.flatMap((r) => (r.groupId ? [r.groupId] : [])),
  );
  return out.map(({ groupId, ...r }) => ({ ...r, shownAs: groupId ? (names.get(groupId) ?? null) : null }));
}
