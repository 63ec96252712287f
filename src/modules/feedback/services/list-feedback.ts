import { eq, inArray, or, type SQL } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { assertCanReadDevelopmentRecord, auditRecordRead } from '../../../server/policy/person-access.js';
import { teamRelation } from '../../../server/policy/team-content.js';
import { teamIdsOf } from '../../../server/policy/team-members.js';
import { feedback } from '../schema.js';
import { feedbackRelation, presentFeedback, repliesOf, selectFeedback } from '../records.js';
import { FEEDBACK_LIMITS, type ListFeedbackQuery } from '../validation.js';
import type { FeedbackListAnswer } from '../answers.js';

/**
 * GET /feedback: what I received (to me and to my teams) or gave, newest first; a leader asks for
 * what a person they lead received (part of that person's record, so the read is audited), and a
 * team's members and leaders for what the team received.
 */
export async function listFeedback({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ListFeedbackQuery;
}): Promise<FeedbackListAnswer> {
  const { actor, db } = ctx;
  const orgId = actor.orgId;
  let where: SQL | undefined;
  if (input.teamId) {
    await assertCanReadTeamFeedback(ctx, input.teamId);
    where = eq(feedback.toTeamId, input.teamId);
  } else if (input.personId && input.personId !== actor.personId) {
    await assertCanReadDevelopmentRecord(ctx, input.personId);
    // Feedback a person gave belongs to its recipients' records, not to the giver's.
    if (input.direction === 'given') throw notFound();
    where = eq(feedback.toPersonId, input.personId);
    await auditRecordRead(ctx, {
      action: 'feedback.read',
      subjectPersonId: input.personId,
      entityType: 'feedback_list',
      entityId: input.personId,
    });
  } else if (input.direction === 'given') {
    where = eq(feedback.fromId, actor.personId);
  } else {
    const myTeams = await teamIdsOf(db, orgId, actor.personId);
    where = myTeams.length
      ? or(eq(feedback.toPersonId, actor.personId), inArray(feedback.toTeamId, myTeams))
      : eq(feedback.toPersonId, actor.personId);
  }
  const rows = await selectFeedback(db, orgId, where, {
    limit: FEEDBACK_LIMITS.pageSize + 1,
    before: input.before,
  });
  const page = rows.slice(0, FEEDBACK_LIMITS.pageSize);
  const replies = await repliesOf(
    db,
    orgId,
    page.map((r) => r.id),
  );
  const items = [];
  for (const row of page) {
    // Every row here is readable by construction; the relation says what the actor may do with it.
    const relation = (await feedbackRelation(ctx, row)) ?? 'leader';
    items.push(presentFeedback(row, replies.get(row.id) ?? [], relation));
  }
  return { feedback: items, hasMore: rows.length > FEEDBACK_LIMITS.pageSize };
}

/** A team's feedback is team content (policy/team-content.ts): its members and nearest leaders. */
async function assertCanReadTeamFeedback(ctx: SignedInContext, teamId: string) {
  if (!(await teamRelation(ctx, teamId))) throw notFound();
}
