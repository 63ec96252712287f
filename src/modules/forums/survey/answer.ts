import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { fromDatabaseError } from '../../../server/http/errors.js';
import { teamsOfText } from '../../../server/policy/team-members.js';
import { teams } from '../../org/schema.js';
import type { Instrument } from '../constants.js';
import { forumMeetings, forums } from '../schema.js';
import { surveyParticipations, surveyResponses, surveyRounds } from '../../surveys/schema.js';
import type { AnswerInput } from '../validation.js';
import { definitionOf, isClosed, type RoundRow } from '../../surveys/index.js';
import type { AnswerFormAnswer } from '../answers.js';
import type { OkAnswer } from '../../../shared/answers.js';

/**
 * The link a participant opens. Anyone signed in to the organisation may answer a meeting's
 * evaluation (the link is handed out in the room, and meetings have guests from other units);
 * a team's safety check is for the team's members only. Everyone else gets 404.
 */
async function loadRoundForRespondent(ctx: SignedInContext, code: string) {
  const orgId = ctx.actor.orgId;
  const [round] = await ctx.db
    .select()
    .from(surveyRounds)
    .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.code, code.toLowerCase())));
  if (!round) throw notFound('No such evaluation');
  if (round.instrument === 'safety') {
    const [team] = await ctx.db
      .select({ name: teams.name })
      .from(teams)
      .where(
        and(
          eq(teams.orgId, orgId),
          eq(teams.id, round.teamId!),
          sql`${teams.id} in (${teamsOfText.bound(orgId, ctx.actor.personId)})`,
        ),
      );
    if (!team) throw notFound('No such evaluation');
    return { round, title: team.name, heldOn: null };
  }
  const [meeting] = await ctx.db
    .select({ name: forums.name, heldOn: forumMeetings.heldOn })
    .from(forumMeetings)
    .innerJoin(forums, and(eq(forums.orgId, forumMeetings.orgId), eq(forums.id, forumMeetings.forumId)))
    .where(and(eq(forumMeetings.orgId, orgId), eq(forumMeetings.id, round.meetingId!)));
  if (!meeting) throw notFound('No such evaluation');
  return { round, title: meeting.name, heldOn: meeting.heldOn };
}

// A participation sent a personal link and not yet used (answered false) is no answer yet.
async function hasAnswered(ctx: SignedInContext, round: RoundRow): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: surveyParticipations.id })
    .from(surveyParticipations)
    .where(
      and(
        eq(surveyParticipations.orgId, ctx.actor.orgId),
        eq(surveyParticipations.roundId, round.id),
        eq(surveyParticipations.personId, ctx.actor.personId),
        eq(surveyParticipations.answered, true),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** One score per item, blank only where the item is optional (the range is the input schema's). */
/**
 * The scores against the instrument as the round asked it (its snapshot): one per item, each on
 * the scale, and a blank only where the item is optional (the meeting score's "other – what?").
 */
export function checkScores(round: Pick<RoundRow, 'instrument' | 'definition'>, scores: (number | null)[]) {
  const { items, scale } = definitionOf(round);
  if (scores.length !== items.length) {
    throw invalid(`Give ${items.length} scores`, 'survey_wrong_length', [
      { path: 'scores', message: `Give ${items.length} scores` },
    ]);
  }
  scores.forEach((score, i) => {
    if (score === null) {
      if (!items[i]!.optional)
        throw invalid('Answer every question that is not optional', 'survey_item_missing', [
          { path: `scores.${i}`, message: 'Choose an answer' },
        ]);
      return;
    }
    if (score < scale.min || score > scale.max)
      throw invalid(`Answers go from ${scale.min} to ${scale.max}`, 'survey_out_of_scale', [
        { path: `scores.${i}`, message: `Choose from ${scale.min} to ${scale.max}` },
      ]);
  });
}

/** The form's fields every way in shares: the items as the round asks them, the scale, and which may stay blank. */
export function formItems(round: Pick<RoundRow, 'instrument' | 'definition'>) {
  const { items, scale } = definitionOf(round);
  return {
    items: items.map((item) => item.key),
    questions: items.map(({ key, text, short }) => ({ key, text, short })),
    scale: { min: scale.min, max: scale.max },
    optional: items.filter((item) => item.optional).map((item) => item.key),
  };
}

/** GET /evaluations/{code}: what the participant answers, and whether they still can. */
export async function getAnswerForm({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { code: string };
}): Promise<AnswerFormAnswer> {
  const { round, title, heldOn } = await loadRoundForRespondent(ctx, input.code);
  const status = isClosed(round, ctx.now())
    ? 'closed'
    : (await hasAnswered(ctx, round))
      ? 'answered'
      : 'open';
  return {
    evaluation: {
      code: round.code,
      instrument: round.instrument as Instrument,
      title,
      heldOn,
      ...formItems(round),
      closesAt: new Date(round.closesAt).toISOString(),
      status: status as 'open' | 'closed' | 'answered',
    },
  };
}

/**
 * POST /evaluations/{code}/answers. The participation row (who) and the response row (what) are two
 * separate inserts that share no key, no timestamp and no order: the response's id is random and
 * nothing reads the two tables together. The round row is locked so closing and answering never
 * overlap.
 */
export async function answerRound({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AnswerInput & { code: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  const { round } = await loadRoundForRespondent(ctx, input.code);
  checkScores(round, input.scores);
  try {
    await inTransaction(ctx, async (tx) => {
      const [locked] = await tx.db
        .select({ closedAt: surveyRounds.closedAt, closesAt: surveyRounds.closesAt })
        .from(surveyRounds)
        .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, round.id)))
        .for('update');
      if (!locked || isClosed(locked, ctx.now())) throw conflict('The evaluation is closed', 'survey_closed');
      if (await hasAnswered(tx, round)) throw conflict('Already answered', 'survey_already_answered');
      // A person sent a personal link has an unanswered participation already: answering here uses it up.
      const [counted] = await tx.db
        .insert(surveyParticipations)
        .values({ orgId, roundId: round.id, personId: ctx.actor.personId })
        .onConflictDoUpdate({
          target: [surveyParticipations.orgId, surveyParticipations.roundId, surveyParticipations.personId],
          set: { answered: true },
          setWhere: eq(surveyParticipations.answered, false),
        })
        .returning({ id: surveyParticipations.id });
      if (!counted) throw conflict('Already answered', 'survey_already_answered');
      await tx.db
        .insert(surveyResponses)
        .values({ orgId, roundId: round.id, scores: input.scores, comment: input.comment ?? null });
      // No actor and no response id: the audit log must not become a second participation list with times.
      await writeAudit(
        tx.db,
        { actor: null, orgId },
        { action: 'survey.answered', entityType: 'survey_round', entityId: round.id },
      );
    });
  } catch (err) {
    const db = fromDatabaseError(err);
    // Two answers racing past the check: the unique participation index refuses the second.
    if (db?.code === 'CONFLICT') throw conflict('Already answered', 'survey_already_answered');
    throw err;
  }
  return { ok: true as const };
}
