import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { isClosed } from '../engine/rounds.js';
import { surveyParticipations, surveyResponses, surveyRounds } from '../schema.js';
import type { SurveyRound } from '../records.js';
import type { AnswerInput } from '../validation.js';
import type { AnswerFormAnswer, InvitationsAnswer } from '../answers.js';
import type { OkAnswer } from '../../../shared/answers.js';

/**
 * The participation a token opens: only the signed-in person it was made for. Anyone else — another
 * colleague who got hold of the link, another organisation — gets 404, as for a token that does not exist.
 */
async function loadParticipation(ctx: SignedInContext, token: string) {
  const orgId = ctx.actor.orgId;
  const [row] = await ctx.db
    .select({ participation: surveyParticipations, round: surveyRounds })
    .from(surveyParticipations)
    .innerJoin(
      surveyRounds,
      and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, surveyParticipations.roundId)),
    )
    .where(
      and(
        eq(surveyParticipations.orgId, orgId),
        eq(surveyParticipations.token, token),
        eq(surveyParticipations.personId, ctx.actor.personId),
      ),
    );
  if (!row || !row.round.definition) throw notFound('No such survey');
  return { participation: row.participation, round: row.round as SurveyRound };
}

/** GET /surveys/answer/{token}: the questions, and whether the person still can answer. */
export async function getSurveyForm({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { token: string };
}): Promise<AnswerFormAnswer> {
  const { participation, round } = await loadParticipation(ctx, input.token);
  const status = participation.answered ? 'answered' : isClosed(round, ctx.now()) ? 'closed' : 'open';
  return {
    form: {
      title: round.title ?? round.definition.name.da,
      instrument: round.definition as AnswerFormAnswer['form']['instrument'],
      closesAt: new Date(round.closesAt).toISOString(),
      status,
    },
  };
}

/** What the scale and the items allow: one score per item, on the scale, blank only where optional. */
function checkScores(round: SurveyRound, scores: (number | null)[]) {
  const { items, scale } = round.definition;
  if (scores.length !== items.length)
    throw invalid(`Give ${items.length} scores`, 'survey_wrong_length', [
      { path: 'scores', message: `Give ${items.length} scores` },
    ]);
  scores.forEach((s, i) => {
    if (s === null && !items[i]!.optional)
      throw invalid('Answer every question that is not optional', 'survey_item_missing', [
        { path: `scores.${i}`, message: 'Choose an answer' },
      ]);
    if (s !== null && (s < scale.min || s > scale.max))
      throw invalid(`Answers go from ${scale.min} to ${scale.max}`, 'survey_out_of_scale', [
        { path: `scores.${i}`, message: `Choose from ${scale.min} to ${scale.max}` },
      ]);
  });
}

/**
 * POST /surveys/answer/{token}. The participation is only marked answered (no time, no link) and the
 * response is written with a random id and the unit it counts in — nothing that joins the two. The
 * participation row is locked, so a second answer with the same token waits and is refused. Closing
 * seals the round (engine/rounds.ts), which rewrites both tables and erases even the database's own
 * traces of which rows were written together.
 */
export async function answerSurvey({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AnswerInput & { token: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  const { participation, round } = await loadParticipation(ctx, input.token);
  checkScores(round, input.scores);
  await inTransaction(ctx, async (tx) => {
    const [locked] = await tx.db
      .select({ answered: surveyParticipations.answered })
      .from(surveyParticipations)
      .where(and(eq(surveyParticipations.orgId, orgId), eq(surveyParticipations.id, participation.id)))
      .for('update');
    const [current] = await tx.db
      .select({ closedAt: surveyRounds.closedAt, closesAt: surveyRounds.closesAt })
      .from(surveyRounds)
      .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, round.id)));
    if (!locked || locked.answered) throw conflict('Already answered', 'survey_already_answered');
    if (!current || isClosed(current, ctx.now())) throw conflict('The survey is closed', 'survey_closed');
    await tx.db
      .update(surveyParticipations)
      .set({ answered: true })
      .where(and(eq(surveyParticipations.orgId, orgId), eq(surveyParticipations.id, participation.id)));
    const comment = round.definition.comment ? input.comment?.trim() || null : null;
    await tx.db
      .insert(surveyResponses)
      .values({ orgId, roundId: round.id, scores: input.scores, comment, unitId: participation.unitId });
    // No actor and no ids of either row: the audit log must not become a participation list with times.
    await writeAudit(
      tx.db,
      { actor: null, orgId },
      {
        action: 'survey.answered',
        entityType: 'survey_round',
        entityId: round.id,
      },
    );
  });
  return { ok: true as const };
}

/** GET /surveys/mine: the open rounds the person is invited to and has not answered. */
export async function myInvitations({ ctx }: { ctx: SignedInContext }): Promise<InvitationsAnswer> {
  const orgId = ctx.actor.orgId;
  const rows = await ctx.db
    .select({ token: surveyParticipations.token, title: surveyRounds.title, closesAt: surveyRounds.closesAt })
    .from(surveyParticipations)
    .innerJoin(
      surveyRounds,
      and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, surveyParticipations.roundId)),
    )
    .where(
      and(
        eq(surveyParticipations.orgId, orgId),
        eq(surveyParticipations.personId, ctx.actor.personId),
        eq(surveyParticipations.answered, false),
        isNull(surveyRounds.closedAt),
        gt(surveyRounds.closesAt, ctx.now()),
        sql`${surveyParticipations.token} is not null`,
        // A meeting's personal answer links are mailed, and stored only as a hash (forums/survey/links.ts).
        isNull(surveyRounds.meetingId),
      ),
    );
  return {
    invitations: rows.map((r) => ({
      token: r.token!,
      title: r.title ?? '',
      closesAt: new Date(r.closesAt).toISOString(),
    })),
  };
}
