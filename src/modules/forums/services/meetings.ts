import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import { loadConversationForActor } from '../../conversations/index.js';
import { forumMeetings } from '../schema.js';
import { surveyRounds } from '../../surveys/schema.js';
import { loadForum } from '../records.js';
import { insertRound } from '../../surveys/index.js';
import type { OpenRoundInput, RecordMeetingInput } from '../validation.js';
import type { EvaluationOpenedAnswer, MeetingAnswer } from '../answers.js';

/** POST /forums/{id}/meetings: a leader or facilitator records that the forum met. */
export async function recordMeeting({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: RecordMeetingInput & { forumId: string };
}): Promise<MeetingAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    await loadForum(tx, input.forumId, 'facilitate');
    // Only a conversation the facilitator may read can be linked (404 otherwise, as everywhere).
    if (input.conversationId) await loadConversationForActor(tx, input.conversationId);
    const [meeting] = await tx.db
      .insert(forumMeetings)
      .values({
        orgId,
        forumId: input.forumId,
        heldOn: input.heldOn,
        conversationId: input.conversationId ?? null,
        createdBy: ctx.actor.personId,
      })
      .returning({
        id: forumMeetings.id,
        heldOn: forumMeetings.heldOn,
        conversationId: forumMeetings.conversationId,
      });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'forum.meeting_recorded',
        entityType: 'forum_meeting',
        entityId: meeting!.id,
        details: { forumId: input.forumId },
      },
    );
    return { meeting: meeting! };
  });
}

/** POST /meetings/{id}/evaluation: opens the one-minute evaluation of a held meeting (one per meeting). */
export async function openMeetingEvaluation({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: OpenRoundInput & { meetingId: string };
}): Promise<EvaluationOpenedAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const [meeting] = await tx.db
      .select({ id: forumMeetings.id, forumId: forumMeetings.forumId })
      .from(forumMeetings)
      .where(and(eq(forumMeetings.orgId, orgId), eq(forumMeetings.id, input.meetingId)));
    if (!meeting) throw notFound('No such meeting');
    await loadForum(tx, meeting.forumId, 'facilitate');
    const [existing] = await tx.db
      .select({ id: surveyRounds.id })
      .from(surveyRounds)
      .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.meetingId, meeting.id)));
    if (existing) throw conflict('The meeting already has an evaluation');
    const round = await insertRound(tx, { instrument: 'meeting', meetingId: meeting.id, days: input.days });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'survey.opened',
        entityType: 'survey_round',
        entityId: round.id,
        details: { meetingId: meeting.id, days: input.days },
      },
    );
    return {
      evaluation: { id: round.id, code: round.code, closesAt: new Date(round.closesAt).toISOString() },
    };
  });
}
