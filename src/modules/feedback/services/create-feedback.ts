import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid, notFound } from '../../../server/http/errors.js';
import { goalRelation, subjectRelation, type Subject } from '../../../server/policy/subject-access.js';
import { isTeamMember } from '../../../server/policy/team-members.js';
import { leadsUnitOrAbove } from '../../../server/policy/unit-leadership.js';
import { people, teams } from '../../org/schema.js';
import { goals } from '../../goals/schema.js';
import { agreements } from '../../conversations/schema.js';
import { feedback } from '../schema.js';
import { loadFeedback, presentFeedback } from '../records.js';
import type { CreateFeedbackInput } from '../validation.js';
import type { FeedbackAnswer } from '../answers.js';

/**
 * POST /feedback: anyone gives feedback to a colleague, or to a team they are on or lead. Nothing
 * is mailed now: the recipient hears of it in their next reminder digest, which reads new feedback.
 */
export async function createFeedback({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateFeedbackInput;
}): Promise<FeedbackAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const subject = await assertRecipient(tx, input);
    if (input.goalId) await assertGoalLink(tx, subject, input.goalId);
    if (input.agreementId) await assertAgreementLink(tx, subject, input.agreementId);
    const [created] = await tx.db
      .insert(feedback)
      .values({
        orgId,
        fromId: actor.personId,
        toPersonId: input.toPersonId ?? null,
        toTeamId: input.toTeamId ?? null,
        kind: input.kind,
        text: input.text,
        // Only an observation has a learning focus; a stray one on other kinds is dropped.
        observationFocus: input.kind === 'observation' ? input.observationFocus!.trim() : null,
        goalId: input.goalId ?? null,
        agreementId: input.agreementId ?? null,
        createdAt: tx.now(),
      })
      .returning({ id: feedback.id });
    const id = created!.id;
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'feedback.created',
        entityType: 'feedback',
        entityId: id,
        subjectPersonId: input.toPersonId ?? null,
        details: {
          kind: input.kind,
          toTeamId: input.toTeamId ?? null,
          goalId: input.goalId ?? null,
          agreementId: input.agreementId ?? null,
        },
      },
    );
    return { feedback: presentFeedback((await loadFeedback(tx.db, orgId, id))!, [], 'sender') };
  });
}

async function assertRecipient(ctx: SignedInContext, input: CreateFeedbackInput): Promise<Subject> {
  const { actor, db } = ctx;
  if (input.toPersonId) {
    if (input.toPersonId === actor.personId) {
      throw invalid('Feedback goes to someone else', 'feedback_to_self', [
        { path: 'toPersonId', message: 'Not yourself' },
      ]);
    }
    const [person] = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, actor.orgId), eq(people.id, input.toPersonId), eq(people.active, true)));
    if (!person) throw notFound('No such person');
    return { personId: person.id };
  }
  const [team] = await db
    .select({ id: teams.id, unitId: teams.unitId })
    .from(teams)
    .where(and(eq(teams.orgId, actor.orgId), eq(teams.id, input.toTeamId!)));
  // A team one is on, or a team one leads; HR's configuration rights give no say in a team's feedback.
  const allowed =
    team &&
    ((await isTeamMember(db, actor.orgId, team.id, actor.personId)) ||
      (team.unitId !== null && (await leadsUnitOrAbove(ctx, team.unitId))));
  if (!allowed) throw notFound('No such team');
  return { teamId: team.id };
}

const linkUnavailable = (path: 'goalId' | 'agreementId') =>
  invalid('That goal or agreement cannot be chosen', 'feedback_link_unavailable', [
    { path, message: 'Not available' },
  ]);

/** One of the recipient's goals in focus that the sender may see (their leader, or shared with them). */
async function assertGoalLink(ctx: SignedInContext, subject: Subject, goalId: string) {
  const [goal] = await ctx.db
    .select({
      id: goals.id,
      subjectPersonId: goals.subjectPersonId,
      subjectTeamId: goals.subjectTeamId,
      status: goals.status,
    })
    .from(goals)
    .where(and(eq(goals.orgId, ctx.actor.orgId), eq(goals.id, goalId)));
  const belongs =
    goal &&
    (subject.personId ? goal.subjectPersonId === subject.personId : goal.subjectTeamId === subject.teamId);
  if (!goal || !belongs || goal.status !== 'in_focus' || !(await goalRelation(ctx, goal)))
    throw linkUnavailable('goalId');
}

/** An open agreement in the recipient's record, for a sender who may read that record. */
async function assertAgreementLink(ctx: SignedInContext, subject: Subject, agreementId: string) {
  const [agreement] = await ctx.db
    .select({
      subjectPersonId: agreements.subjectPersonId,
      subjectTeamId: agreements.subjectTeamId,
      doneAt: agreements.doneAt,
    })
    .from(agreements)
    .where(and(eq(agreements.orgId, ctx.actor.orgId), eq(agreements.id, agreementId)));
  const belongs =
    agreement &&
    (subject.personId
      ? agreement.subjectPersonId === subject.personId
      : agreement.subjectTeamId === subject.teamId);
  if (!agreement || !belongs || agreement.doneAt !== null || !(await subjectRelation(ctx, subject)))
    throw linkUnavailable('agreementId');
}
