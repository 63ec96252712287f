import { and, desc, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { forumMeetings } from '../schema.js';
import { surveyRounds } from '../../surveys/schema.js';
import { loadTeamRelation } from '../../../server/policy/team-content.js';
import { loadForum, presentForum } from '../records.js';
import { presentRound, roundResults, summarise } from '../survey/results.js';
import { itemsAcross } from '../survey/items.js';
import { sealDueRounds, thresholdOf, type RoundRow } from '../../surveys/index.js';
import { teamChecks } from './safety-checks.js';
import type { ForumDetail } from '../answers.js';

/**
 * GET /forums/{id}: the forum, its meetings newest first with their evaluations, the trend over the
 * meetings whose results are shown, and — for a team's forum, to the team and its leaders — the
 * team's psychological-safety checks beside it.
 */
export async function getForum({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<ForumDetail> {
  const orgId = ctx.actor.orgId;
  const { forum, access } = await loadForum(ctx, input.id);
  const meetings = await ctx.db
    .select({
      id: forumMeetings.id,
      heldOn: forumMeetings.heldOn,
      conversationId: forumMeetings.conversationId,
    })
    .from(forumMeetings)
    .where(and(eq(forumMeetings.orgId, orgId), eq(forumMeetings.forumId, forum.id)))
    .orderBy(desc(forumMeetings.heldOn), desc(forumMeetings.createdAt));
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
      : Promise.resolve([] as RoundRow[]);
  let rounds = await loadRounds();
  if (await sealDueRounds(ctx, orgId, rounds)) rounds = await loadRounds();

  const threshold = await thresholdOf(ctx.db, orgId);
  const roundOf = new Map(rounds.map((r) => [r.meetingId!, r]));
  const newestFirst = meetings.flatMap((m) => roundOf.get(m.id) ?? []);
  const { questions, scale } = await itemsAcross(ctx.db, orgId, 'meeting', newestFirst);
  const items = questions.map((q) => q.key);
  const results = await roundResults(ctx.db, orgId, rounds, threshold, ctx.now(), items);
  const presentedMeetings = meetings.map((m) => {
    const round = roundOf.get(m.id);
    return { ...m, evaluation: round ? presentRound(round, results.get(round.id)!) : null };
  });
  // The trend runs oldest first over closed evaluations; hidden ones stay in as "too few answers"
  // without numbers, and only shown ones enter the summary.
  const closedInOrder = [...presentedMeetings].reverse().filter((m) => m.evaluation?.closed);
  const summary = summarise(
    closedInOrder.map((m) => m.evaluation!),
    items.length,
  );

  const team = forum.teamId ? await loadTeamRelation(ctx, forum.teamId) : undefined;
  return {
    forum: presentForum(forum, access, ctx.now()),
    meetings: presentedMeetings,
    trend: {
      items,
      questions,
      scale,
      threshold,
      points: closedInOrder.map((m) => ({
        meetingId: m.id,
        heldOn: m.heldOn,
        respondents: m.evaluation!.respondents,
        shown: m.evaluation!.shown,
        means: m.evaluation!.means,
      })),
      summary,
    },
    safety: team?.relation ? await teamChecks(ctx, team.team, team.relation) : null,
  };
}
