import type { Db } from '../../../server/db/client.js';
import { preparedStatement } from '../../../server/db/prepared.js';
import { definitionOf, isClosed, type RoundRow } from '../../surveys/index.js';
import { alignMeans } from './items.js';
import type { Round, RoundSummary } from '../answers.js';

/**
 * A round's result as anyone may see it. Scores and comments are read from the database only for
 * rounds that are closed and reached the threshold; for every other round nothing but the number of
 * respondents leaves this file, so no view built on it can depend on a hidden round's answers.
 */
/** A round's result as the API shows it (answers.ts round, without the round's own fields). */
export type RoundResult = Omit<Round, 'id' | 'code' | 'closesAt'>;

const round2 = (n: number) => Math.round(n * 100) / 100;

interface RoundResultRow {
  id: string;
  closed: boolean;
  respondents: number;
  /** [item number from 1, sum of its scores, how many scored it]; only for a round that is shown. */
  items: [number, number, number][] | null;
  comments: string[] | null;
}

/*
 * One prepared statement for any number of rounds: each round's respondents, and — inside the
 * same CASE that decides it is shown (closed, and at least the threshold) — the sums per item
 * and the comments. A round below the threshold gives its count and nothing else, so nothing
 * built on it can depend on its answers. $1 organisation, $2 the rounds, $3 now, $4 threshold.
 */
const roundResultsStatement = preparedStatement<RoundResultRow>(
  'survey_round_results',
  `with rr as (
    select r.id, (r.closed_at is not null or r.closes_at <= $3::timestamptz) as closed,
      (select count(*)::int from survey_responses s where s.org_id = $1::uuid and s.round_id = r.id) as respondents
    from survey_rounds r where r.org_id = $1::uuid and r.id = any($2::uuid[])
  )
  select rr.id, rr.closed, rr.respondents,
    case when rr.closed and rr.respondents >= $4::int then (
      select coalesce(json_agg(json_build_array(t.i, t.total, t.n) order by t.i), '[]'::json) from (
        select i, sum(s.scores[i])::float8 as total, count(s.scores[i])::int as n
        from survey_responses s, generate_subscripts(s.scores, 1) as i
        where s.org_id = $1::uuid and s.round_id = rr.id
        group by i) t) end as items,
    case when rr.closed and rr.respondents >= $4::int then (
      select coalesce(json_agg(s.comment), '[]'::json) from survey_responses s
      where s.org_id = $1::uuid and s.round_id = rr.id and s.comment is not null and s.comment <> '') end as comments
  from rr`,
);

/** Each round's result, its means placed under `keys` (items.ts): the items of the view, by key. */
export async function roundResults(
  db: Db,
  orgId: string,
  rounds: Pick<RoundRow, 'id' | 'instrument' | 'definition' | 'closedAt' | 'closesAt'>[],
  threshold: number,
  now: Date,
  keys: readonly string[],
): Promise<Map<string, RoundResult>> {
  const result = new Map<string, RoundResult>();
  if (rounds.length === 0) return result;
  const rows = await roundResultsStatement(db, [
    orgId,
    rounds.map((r) => r.id),
    now.toISOString(),
    threshold,
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const r of rounds) {
    const row = byId.get(r.id);
    const respondents = row?.respondents ?? 0;
    const closed = row?.closed ?? isClosed(r, now);
    const shown = closed && respondents >= threshold && row?.items != null;
    const entry: RoundResult = { respondents, closed, shown, means: null, comments: null };
    if (shown) {
      const totals = new Map(row!.items!.map(([i, total, n]) => [i, { total, n }]));
      // An optional item nobody scored has no mean, not a zero.
      const own = definitionOf(r).items.map((_, i) => {
        const t = totals.get(i + 1);
        return t && t.n ? round2(t.total / t.n) : null;
      });
      entry.means = alignMeans(r, own, keys);
      entry.comments = [...(row!.comments ?? [])].sort((a, b) => a.localeCompare(b, 'da'));
    }
    result.set(r.id, entry);
  }
  return result;
}

/**
 * The mean per item over shown rounds only (each round weighs the same, among the rounds that asked
 * the item), and the weakest items: the lowest means, up to two, when they are below the rest.
 * Never fed a hidden round.
 */
export function summarise(results: RoundResult[], items: number): RoundSummary {
  const shown = results.filter((r) => r.shown && r.means);
  if (shown.length === 0) return { rounds: 0, means: null, weakest: [] as number[] };
  const means = Array.from({ length: items }, (_, i) => {
    const values = shown.map((r) => r.means![i]).filter((m): m is number => m !== null && m !== undefined);
    return values.length ? round2(values.reduce((sum, m) => sum + m, 0) / values.length) : null;
  });
  const scored = means.flatMap((m, i) => (m === null ? [] : [{ m, i }]));
  const order = [...scored].sort((a, b) => a.m - b.m || a.i - b.i);
  const max = Math.max(...scored.map((x) => x.m));
  const weakest = order
    .slice(0, 2)
    .filter((x) => x.m < max)
    .map((x) => x.i);
  return { rounds: shown.length, means, weakest };
}

/** A round as the API shows it: the link code only while it is open. */
export function presentRound(round: Pick<RoundRow, 'id' | 'code' | 'closesAt'>, result: RoundResult): Round {
  return {
    id: round.id,
    code: result.closed ? null : round.code,
    closesAt: new Date(round.closesAt).toISOString(),
    ...result,
  };
}
