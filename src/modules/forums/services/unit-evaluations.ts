import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { surveyRounds } from '../../surveys/schema.js';
import { sealDueRounds, thresholdOf } from '../../surveys/index.js';
import { forumMeetings, forums } from '../schema.js';
import { roundResults, summarise } from '../survey/results.js';
import { itemsAcross } from '../survey/items.js';

/*
 * A unit's forums and how their meeting evaluations moved in a period, for the unit's learning
 * conversation. Built on the same results as a forum's own page (survey/results.ts): a meeting
 * whose evaluation is below the threshold counts as hidden and gives no number, so nothing shown
 * here depends on its answers.
 */

export interface ForumEvaluationTrend {
  name: string;
  /** Evaluated meetings in the period whose results are shown, and those below the threshold. */
  shown: number;
  hidden: number;
  /** The mean of the items' means at the first and the last shown meeting (1–5). */
  first: number | null;
  last: number | null;
  /** The meeting items of the period's evaluations, by key (newest evaluation's order first). */
  items: string[];
  /** The mean per item over the shown meetings, under `items`; null for an item none of them asked or scored. */
  means: (number | null)[] | null;
}

/** The mean of the scored items: an optional item left blank does not count as a low score. */
function mean(xs: readonly (number | null)[]) {
  const scored = xs.filter((x): x is number => x !== null);
  return scored.length ? Math.round((scored.reduce((a, b) => a + b, 0) / scored.length) * 100) / 100 : 0;
}

export async function unitEvaluationTrends(
  ctx: SignedInContext,
  scope: { unitId: string; from: string; to: string },
): Promise<ForumEvaluationTrend[]> {
  const orgId = ctx.actor.orgId;
  const unitForums = await ctx.db
    .select({ id: forums.id, name: forums.name })
    .from(forums)
    .where(and(eq(forums.orgId, orgId), eq(forums.unitId, scope.unitId)))
    .orderBy(asc(forums.name));
  if (unitForums.length === 0) return [];
  const meetings = await ctx.db
    .select({ id: forumMeetings.id, forumId: forumMeetings.forumId, heldOn: forumMeetings.heldOn })
    .from(forumMeetings)
    .where(
      and(
        eq(forumMeetings.orgId, orgId),
        inArray(
          forumMeetings.forumId,
          unitForums.map((f) => f.id),
        ),
        between(forumMeetings.heldOn, scope.from, scope.to),
      ),
    )
    .orderBy(asc(forumMeetings.heldOn));
  const loadRounds = () =>
    meetings.length
      ? ctx.db
          .select()
          .from(surveyRounds)
          .where(
            and(
              eq(surveyRounds.orgId, orgId),
              inArray(
                surveyRounds.meetingId,
                meetings.map((m) => m.id),
              ),
            ),
          )
      : Promise.resolve([]);
  let rounds = await loadRounds();
  if (await sealDueRounds(ctx, orgId, rounds)) rounds = await loadRounds();
  const roundOf = new Map(rounds.map((r) => [r.meetingId!, r.id]));
  const byId = new Map(rounds.map((r) => [r.id, r]));
  const newestFirst = [...meetings].reverse().flatMap((m) => byId.get(roundOf.get(m.id) ?? '') ?? []);
  const items = (await itemsAcross(ctx.db, orgId, 'meeting', newestFirst)).questions.map((q) => q.key);
  const threshold = await thresholdOf(ctx.db, orgId);
  const results = await roundResults(ctx.db, orgId, rounds, threshold, ctx.now(), items);
  return unitForums.flatMap((forum) => {
    const evaluated = meetings
      .filter((m) => m.forumId === forum.id && roundOf.has(m.id))
      .map((m) => results.get(roundOf.get(m.id)!)!)
      .filter((r) => r.closed);
    if (evaluated.length === 0) return [];
    const shown = evaluated.filter((r) => r.shown && r.means);
    const summary = summarise(evaluated, items.length);
    return [
      {
        name: forum.name,
        shown: shown.length,
        hidden: evaluated.length - shown.length,
        first: shown.length ? mean(shown[0]!.means!) : null,
        last: shown.length ? mean(shown[shown.length - 1]!.means!) : null,
        items,
        means: summary.means,
      },
    ];
  });
}
