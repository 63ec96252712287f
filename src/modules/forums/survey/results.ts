import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { INSTRUMENT_ITEMS, type Instrument } from '../constants.js';
import { surveyResponses } from '../schema.js';
import { isClosed, respondentCounts, type RoundRow } from './rounds.js';

/**
 * A round's result as anyone may see it. Scores and comments are read from the database only for
 * rounds that are closed and reached the threshold; for every other round nothing but the number of
 * respondents leaves this file, so no view built on it can depend on a hidden round's answers.
 */
export interface RoundResult {
  respondents: number;
  closed: boolean;
  shown: boolean;
  /** The mean score per item (two decimals), in the instrument's item order; null when not shown. */
  means: number[] | null;
  /** Free comments, sorted alphabetically so their order says nothing about who wrote them. */
  comments: string[] | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function roundResults(
  db: Db,
  orgId: string,
  rounds: Pick<RoundRow, 'id' | 'instrument' | 'closedAt' | 'closesAt'>[],
  threshold: number,
  now: Date,
): Promise<Map<string, RoundResult>> {
  const counts = await respondentCounts(
    db,
    orgId,
    rounds.map((r) => r.id),
  );
  const result = new Map<string, RoundResult>();
  const shownIds: string[] = [];
  for (const r of rounds) {
    const respondents = counts.get(r.id) ?? 0;
    const closed = isClosed(r, now);
    const shown = closed && respondents >= threshold;
    if (shown) shownIds.push(r.id);
    result.set(r.id, { respondents, closed, shown, means: null, comments: null });
  }
  if (shownIds.length === 0) return result;

  const rows = await db
    .select({
      roundId: surveyResponses.roundId,
      scores: surveyResponses.scores,
      comment: surveyResponses.comment,
    })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.orgId, orgId), inArray(surveyResponses.roundId, shownIds)))
    .orderBy(asc(surveyResponses.id));
  const byRound = new Map<string, { scores: number[]; comment: string | null }[]>();
  for (const row of rows) {
    const list = byRound.get(row.roundId) ?? [];
    list.push(row);
    byRound.set(row.roundId, list);
  }
  for (const r of rounds) {
    const entry = result.get(r.id)!;
    if (!entry.shown) continue;
    const answers = byRound.get(r.id) ?? [];
    entry.means = meansOf(
      answers.map((a) => a.scores),
      INSTRUMENT_ITEMS[r.instrument as Instrument].length,
    );
    entry.comments = answers
      .map((a) => a.comment)
      .filter((c): c is string => Boolean(c))
      .sort((a, b) => a.localeCompare(b, 'da'));
  }
  return result;
}

function meansOf(scores: number[][], items: number): number[] {
  return Array.from({ length: items }, (_, i) => {
    const values = scores.map((s) => s[i]).filter((v): v is number => typeof v === 'number');
    return values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : 0;
  });
}

/**
 * The mean per item over shown rounds only (each round weighs the same), and the weakest items:
 * the lowest means, up to two, when they are below the rest. Never fed a hidden round.
 */
export function summarise(results: RoundResult[], items: number) {
  const shown = results.filter((r) => r.shown && r.means);
  if (shown.length === 0) return { rounds: 0, means: null, weakest: [] as number[] };
  const means = Array.from({ length: items }, (_, i) =>
    round2(shown.reduce((sum, r) => sum + (r.means![i] ?? 0), 0) / shown.length),
  );
  const order = means.map((m, i) => ({ m, i })).sort((a, b) => a.m - b.m || a.i - b.i);
  const max = Math.max(...means);
  const weakest = order
    .slice(0, 2)
    .filter((x) => x.m < max)
    .map((x) => x.i);
  return { rounds: shown.length, means, weakest };
}

/** A round as the API shows it: the link code only while it is open. */
export function presentRound(round: Pick<RoundRow, 'id' | 'code' | 'closesAt'>, result: RoundResult) {
  return {
    id: round.id,
    code: result.closed ? null : round.code,
    closesAt: new Date(round.closesAt).toISOString(),
    ...result,
  };
}
