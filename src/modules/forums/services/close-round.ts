import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { notFound } from '../../../server/http/errors.js';
import { forumMeetings } from '../schema.js';
import { surveyRounds } from '../../surveys/schema.js';
import { assertTeamContent } from '../../../server/policy/team-content.js';
import { loadForum } from '../records.js';
import { isClosed, sealRound } from '../../surveys/index.js';
import type { OkAnswer } from '../../../shared/answers.js';

/**
 * POST /survey-rounds/{id}/close: ends a meeting evaluation (its facilitators) or a team's safety
 * check (the team and its leaders) before its time, and seals it. Closing twice is harmless.
 */
export async function closeRound({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const [round] = await tx.db
      .select()
      .from(surveyRounds)
      .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, input.id)));
    if (!round) throw notFound('No such evaluation');
    if (round.meetingId) {
      const [meeting] = await tx.db
        .select({ forumId: forumMeetings.forumId })
        .from(forumMeetings)
        .where(and(eq(forumMeetings.orgId, orgId), eq(forumMeetings.id, round.meetingId)));
      await loadForum(tx, meeting!.forumId, 'facilitate');
    } else {
      await assertTeamContent(tx, round.teamId!);
    }
    if (!isClosed(round, ctx.now())) {
      await tx.db
        .update(surveyRounds)
        .set({ closedAt: ctx.now() })
        .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, round.id)));
      await writeAudit(
        tx.db,
        { actor: ctx.actor, orgId },
        { action: 'survey.closed', entityType: 'survey_round', entityId: round.id },
      );
    }
    await sealRound(tx, orgId, round.id);
    return { ok: true as const };
  });
}
