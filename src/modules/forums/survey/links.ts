import crypto from 'node:crypto';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ServiceContext, SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { ServiceError, conflict, notFound } from '../../../server/http/errors.js';
import { queueMail } from '../../../server/mail/send.js';
import { forumParticipantsText } from '../../../server/policy/forum-participants.js';
import { localDay } from '../../../shared/time.js';
import { people } from '../../org/schema.js';
import { forumMeetings, forums } from '../schema.js';
import { surveyParticipations, surveyResponses, surveyRounds } from '../../surveys/schema.js';
import { isClosed } from '../../surveys/index.js';
import { loadForum } from '../records.js';
import type { Instrument } from '../constants.js';
import type { AnswerInput } from '../validation.js';
import type { LinkFormAnswer, LinksSentAnswer } from '../answers.js';
import type { OkAnswer } from '../../../shared/answers.js';
import { checkScores, formItems } from './answer.js';
import { answerLinkMail } from './link-mail.js';

/*
 * Personal answer links (issue 14, ADR 0020). A meeting's facilitator sends each of the forum's
 * participants a link of their own; it answers that one meeting's evaluation once, for that person,
 * without signing in — and does nothing else: no session, no other page, no other round.
 *
 * The link's token lives in the person's participation row (survey_participations, as HR's rounds
 * keep theirs), stored as its SHA-256 so the database never holds a working link. The row says only
 * that the person may answer and whether they did; the response is written apart from it and shares
 * nothing with it, exactly as for an answer given signed in. The link ends with its round.
 */

const newLinkToken = () => crypto.randomBytes(24).toString('base64url');
const hashLinkToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** POST /meetings/{id}/evaluation/links: a link to every participant who has not answered yet. */
export async function sendAnswerLinks({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { meetingId: string };
}): Promise<LinksSentAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const [meeting] = await tx.db
      .select({ id: forumMeetings.id, forumId: forumMeetings.forumId, heldOn: forumMeetings.heldOn })
      .from(forumMeetings)
      .where(and(eq(forumMeetings.orgId, orgId), eq(forumMeetings.id, input.meetingId)));
    if (!meeting) throw notFound('No such meeting');
    const { forum } = await loadForum(tx, meeting.forumId, 'facilitate');
    const [round] = await tx.db
      .select()
      .from(surveyRounds)
      .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.meetingId, meeting.id)))
      .for('update');
    if (!round) throw notFound('The meeting has no evaluation');
    if (isClosed(round, ctx.now())) throw conflict('The evaluation is closed', 'survey_closed');

    const participants = await tx.db
      .select({ id: people.id, email: people.email, locale: people.locale })
      .from(people)
      .where(
        and(
          eq(people.orgId, orgId),
          isNotNull(people.email),
          sql`${people.id} in (${forumParticipantsText.bound(orgId, forum.id)})`,
        ),
      );
    if (participants.length === 0) return { sent: 0 };
    const tokens = new Map(participants.map((p) => [p.id, newLinkToken()]));
    // Who answered keeps their row as it is (no link); everyone else gets a fresh link, and a link
    // sent before stops working, so only the newest mail counts.
    const linked = await tx.db
      .insert(surveyParticipations)
      .values(
        participants.map((p) => ({
          orgId,
          roundId: round.id,
          personId: p.id,
          token: hashLinkToken(tokens.get(p.id)!),
          answered: false,
        })),
      )
      .onConflictDoUpdate({
        target: [surveyParticipations.orgId, surveyParticipations.roundId, surveyParticipations.personId],
        set: { token: sql`excluded.token` },
        setWhere: eq(surveyParticipations.answered, false),
      })
      .returning({ personId: surveyParticipations.personId });
    const closesOn = localDay(new Date(round.closesAt));
    const byId = new Map(participants.map((p) => [p.id, p]));
    for (const { personId } of linked) {
      const person = byId.get(personId)!;
      const link = `${ctx.config.publicUrl}/l/${tokens.get(personId)!}`;
      const mail = answerLinkMail(person.locale, forum.name, meeting.heldOn, closesOn, link);
      await queueMail(tx.db, { orgId, to: person.email!, ...mail });
    }
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'survey.links_sent',
        entityType: 'survey_round',
        entityId: round.id,
        details: { meetingId: meeting.id, sent: linked.length },
      },
    );
    return { sent: linked.length };
  });
}

/**
 * The participation a link opens, with its round and meeting. Whoever holds the link may use it,
 * signed in or not and whoever is signed in: it is the person's own. An unknown token — never made,
 * replaced by a newer link, or of another kind of round — is 404, like everything one may not see.
 */
async function loadLink(ctx: ServiceContext, token: string) {
  const [row] = await ctx.db
    .select({
      participationId: surveyParticipations.id,
      orgId: surveyParticipations.orgId,
      answered: surveyParticipations.answered,
      round: surveyRounds,
      title: forums.name,
      heldOn: forumMeetings.heldOn,
    })
    .from(surveyParticipations)
    .innerJoin(
      surveyRounds,
      and(
        eq(surveyRounds.orgId, surveyParticipations.orgId),
        eq(surveyRounds.id, surveyParticipations.roundId),
      ),
    )
    .innerJoin(
      forumMeetings,
      and(eq(forumMeetings.orgId, surveyRounds.orgId), eq(forumMeetings.id, surveyRounds.meetingId)),
    )
    .innerJoin(forums, and(eq(forums.orgId, forumMeetings.orgId), eq(forums.id, forumMeetings.forumId)))
    .where(
      and(
        eq(surveyParticipations.token, hashLinkToken(token)),
        inArray(surveyRounds.instrument, ['meeting']),
      ),
    );
  if (!row) throw new ServiceError('NOT_FOUND', 'This answer link is not known', 'answer_link_unknown');
  return row;
}

/** GET /evaluations/link/{token}: the meeting's questions, and whether the link can still be used. */
export async function getLinkForm({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { token: string };
}): Promise<LinkFormAnswer> {
  const link = await loadLink(ctx, input.token);
  const status = link.answered ? 'answered' : isClosed(link.round, ctx.now()) ? 'closed' : 'open';
  return {
    evaluation: {
      instrument: link.round.instrument as Instrument,
      title: link.title,
      heldOn: link.heldOn,
      ...formItems(link.round),
      closesAt: new Date(link.round.closesAt).toISOString(),
      status,
    },
  };
}

/**
 * POST /evaluations/link/{token}: the one answer the link gives. The round row is locked first, as
 * for an answer given signed in, so closing, answering by link and answering from the QR code never
 * overlap; the participation only turns answered, and the response is written apart from it.
 */
export async function answerByLink({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AnswerInput & { token: string };
}): Promise<OkAnswer> {
  const link = await loadLink(ctx, input.token);
  const { orgId, round } = link;
  checkScores(round, input.scores);
  await inTransaction(ctx, async (tx) => {
    const [locked] = await tx.db
      .select({ closedAt: surveyRounds.closedAt, closesAt: surveyRounds.closesAt })
      .from(surveyRounds)
      .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, round.id)))
      .for('update');
    if (!locked || isClosed(locked, ctx.now())) throw conflict('The evaluation is closed', 'survey_closed');
    const used = await tx.db
      .update(surveyParticipations)
      .set({ answered: true })
      .where(
        and(
          eq(surveyParticipations.orgId, orgId),
          eq(surveyParticipations.id, link.participationId),
          eq(surveyParticipations.answered, false),
        ),
      )
      .returning({ id: surveyParticipations.id });
    if (used.length === 0) throw conflict('This link has been used', 'answer_link_used');
    await tx.db
      .insert(surveyResponses)
      .values({ orgId, roundId: round.id, scores: input.scores, comment: input.comment ?? null });
    // No actor and no row ids, as for every answer: the log must not pair a person with a time.
    await writeAudit(
      tx.db,
      { actor: null, orgId },
      { action: 'survey.answered', entityType: 'survey_round', entityId: round.id },
    );
  });
  return { ok: true as const };
}
