import crypto from 'node:crypto';
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, forbidden, invalid, notFound } from '../../../server/http/errors.js';
import { queueMail } from '../../../server/mail/send.js';
import { respondentPlacementsText } from '../../../server/policy/unit-respondents.js';
import { leadsUnitOrAbove, ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { forumMemberPlacementsText, forumsById, listForums } from '../../../server/policy/forum-members.js';
import { people, teamMembers, teams, units } from '../../org/schema.js';
import { localDay } from '../../../shared/time.js';
import { rollUpSmallUnits } from '../../../shared/stats/index.js';
import { isClosed, newRoundCode, sealRound } from '../engine/rounds.js';
import { isSentRound } from '../engine/instruments.js';
import { thresholdsOf } from '../engine/thresholds.js';
import { FORUM_INSTRUMENTS } from '../constants.js';
import { surveyMail } from '../mail.js';
import { mayManageSurveys, mayOpenRounds } from '../access.js';
import { loadInstrument } from './instruments.js';
import { loadSurveyRound, presentRounds, unitTree, type SurveyRound } from '../records.js';
import { surveyParticipations, surveyRoundTargets, surveyRounds } from '../schema.js';
import type { OpenRoundInput } from '../validation.js';
import type {
  RemindedAnswer,
  RoundDetailAnswer,
  RoundsAnswer,
  RoundSummary,
  SendableForumsAnswer,
} from '../answers.js';

const newToken = () => crypto.randomBytes(24).toString('base64url');

/**
 * POST /surveys/rounds: HR sends an instrument, as the organisation has it now, to units (with every
 * unit below) and teams. Every respondent gets a participation with a random token and a mail with
 * the link; the thresholds in force now are locked into the round.
 */
export async function openRound({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: OpenRoundInput;
}): Promise<{ round: RoundSummary }> {
  const orgId = ctx.actor.orgId;
  const forums = await forumTargets(ctx, input);
  if ((FORUM_INSTRUMENTS as readonly string[]).includes(input.instrument))
    throw invalid(
      'Meeting evaluations and safety checks are opened from the forums',
      'survey_instrument_invalid',
    );
  const instrument = await loadInstrument(ctx.db, orgId, input.instrument);
  if (!instrument) throw notFound('No such instrument');
  return inTransaction(ctx, async (tx) => {
    const placed = new Map<string, string>();
    if (input.unitIds.length) {
      const found = await tx.db
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.orgId, orgId), inArray(units.id, input.unitIds)));
      if (found.length !== new Set(input.unitIds).size) throw notFound('No such unit');
      for (const unitId of input.unitIds) {
        const rows = (await tx.db.execute(respondentPlacementsText.bound(orgId, unitId))) as unknown as {
          rows: { person_id: string; unit_id: string }[];
        };
        for (const r of rows.rows) if (!placed.has(r.person_id)) placed.set(r.person_id, r.unit_id);
      }
    }
    if (input.teamIds.length) {
      const found = await tx.db
        .select({ id: teams.id, unitId: teams.unitId })
        .from(teams)
        .where(and(eq(teams.orgId, orgId), inArray(teams.id, input.teamIds), isNotNull(teams.unitId)));
      if (found.length !== new Set(input.teamIds).size) throw notFound('No such team');
      // A team's members count in the team's unit: their answers belong to the team's workplace.
      const members = await tx.db
        .select({ personId: teamMembers.personId, teamId: teamMembers.teamId })
        .from(teamMembers)
        .innerJoin(
          people,
          and(eq(people.orgId, orgId), eq(people.id, teamMembers.personId), eq(people.active, true)),
        )
        .where(and(eq(teamMembers.orgId, orgId), inArray(teamMembers.teamId, input.teamIds)));
      const unitOf = new Map(found.map((t) => [t.id, t.unitId!]));
      for (const m of members) if (!placed.has(m.personId)) placed.set(m.personId, unitOf.get(m.teamId)!);
    }
    for (const forum of forums) {
      const rows = (await tx.db.execute(forumMemberPlacementsText.bound(orgId, forum.id))) as unknown as {
        rows: { person_id: string; unit_id: string }[];
      };
      for (const r of rows.rows) if (!placed.has(r.person_id)) placed.set(r.person_id, r.unit_id);
    }
    if (placed.size === 0) throw invalid('No one to ask there', 'survey_no_respondents');
    const { threshold, commentThreshold } = await thresholdsOf(tx.db, orgId);
    const now = ctx.now();
    const closesAt = new Date(now.getTime() + input.days * 24 * 3600 * 1000);
    const title = input.title?.trim() || instrument.definition.name.da;
    const [round] = await tx.db
      .insert(surveyRounds)
      .values({
        orgId,
        instrument: input.instrument,
        code: newRoundCode(),
        openedBy: ctx.actor.personId,
        openedOn: localDay(now),
        closesAt,
        title,
        definition: instrument.definition,
        threshold,
        commentThreshold,
      })
      .returning();
    await tx.db
      .insert(surveyRoundTargets)
      .values([
        ...input.unitIds.map((unitId) => ({ orgId, roundId: round!.id, unitId })),
        ...input.teamIds.map((teamId) => ({ orgId, roundId: round!.id, teamId })),
        ...input.forumIds.map((forumId) => ({ orgId, roundId: round!.id, forumId })),
      ]);
    const invited = [...placed].map(([personId, unitId]) => ({
      orgId,
      roundId: round!.id,
      personId,
      unitId,
      token: newToken(),
      answered: false,
    }));
    await tx.db.insert(surveyParticipations).values(invited);
    await mailParticipants(tx, round as SurveyRound, invited, 'invitation');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'survey.round_opened',
        entityType: 'survey_round',
        entityId: round!.id,
        details: { instrument: input.instrument, invited: invited.length, threshold, commentThreshold },
      },
    );
    const [summary] = await presentRounds(tx.db, orgId, [round as SurveyRound], now, true);
    return { round: summary! };
  });
}

/**
 * The forums a round goes to, and whether the actor may send it: HR to anyone; a leader only to
 * forums they manage (a leader of the forum's unit or above, as forums/policy.ts says) and to
 * nothing else. Anyone else is refused as before; a forum the actor may not send to is not found.
 */
async function forumTargets(ctx: SignedInContext, input: OpenRoundInput) {
  const manage = mayManageSurveys(ctx);
  if (!manage && (input.forumIds.length === 0 || input.unitIds.length + input.teamIds.length > 0))
    throw forbidden();
  const found = input.forumIds.length ? await forumsById(ctx.db, ctx.actor.orgId, input.forumIds) : [];
  if (found.length !== new Set(input.forumIds).size) throw notFound('No such forum');
  if (!manage)
    for (const forum of found)
      if (!(await leadsUnitOrAbove(ctx, forum.unitId))) throw notFound('No such forum');
  return found;
}

/**
 * GET /surveys/forums: the forums the actor may send a round to, as openRound decides — HR every
 * forum, a leader those of the units they lead and below. Anyone else: 404.
 */
export async function listSendableForums({ ctx }: { ctx: SignedInContext }): Promise<SendableForumsAnswer> {
  if (!mayOpenRounds(ctx)) throw notFound();
  const manage = mayManageSurveys(ctx);
  const forums = await listForums(ctx.db, ctx.actor.orgId, manage ? null : ctx.actor.personId);
  return {
    forums: forums.map((f) => ({
      id: f.id,
      name: f.name,
      unit: { id: f.unitId, name: f.unitName },
      team: f.teamName,
    })),
  };
}

async function mailParticipants(
  ctx: SignedInContext,
  round: SurveyRound,
  participants: { personId: string; token: string | null }[],
  kind: 'invitation' | 'reminder',
) {
  if (participants.length === 0) return;
  const recipients = await ctx.db
    .select({ id: people.id, email: people.email, locale: people.locale })
    .from(people)
    .where(
      and(
        eq(people.orgId, round.orgId),
        inArray(
          people.id,
          participants.map((p) => p.personId),
        ),
      ),
    );
  const byId = new Map(recipients.map((r) => [r.id, r]));
  const closesOn = localDay(new Date(round.closesAt));
  for (const p of participants) {
    const person = byId.get(p.personId);
    if (!person?.email || !p.token) continue;
    const mail = surveyMail(
      kind,
      person.locale,
      round.title ?? '',
      closesOn,
      `${ctx.config.publicUrl}/s/${p.token}`,
    );
    await queueMail(ctx.db, { orgId: round.orgId, to: person.email, ...mail });
  }
}

/**
 * POST /surveys/rounds/{id}/remind: a mail to each invited person who has not answered, read from the
 * participation table inside the service. The answer and the audit row give only the number, so
 * neither HR nor the log learns who they are.
 */
export async function remindRound({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<RemindedAnswer> {
  const orgId = ctx.actor.orgId;
  if (!mayManageSurveys(ctx)) throw notFound();
  return inTransaction(ctx, async (tx) => {
    const round = await loadSurveyRound(tx.db, orgId, input.id);
    if (isClosed(round, ctx.now())) throw conflict('The survey is closed', 'survey_closed');
    const waiting = await tx.db
      .select({ personId: surveyParticipations.personId, token: surveyParticipations.token })
      .from(surveyParticipations)
      .where(
        and(
          eq(surveyParticipations.orgId, orgId),
          eq(surveyParticipations.roundId, round.id),
          eq(surveyParticipations.answered, false),
        ),
      );
    await mailParticipants(tx, round, waiting, 'reminder');
    await tx.db
      .update(surveyRounds)
      .set({ remindersSent: sql`${surveyRounds.remindersSent} + 1` })
      .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, round.id)));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'survey.reminded',
        entityType: 'survey_round',
        entityId: round.id,
        details: { reminded: waiting.length },
      },
    );
    return { reminded: waiting.length };
  });
}

/** POST /surveys/rounds/{id}/close: ends the round before its time and seals it. Closing twice is harmless. */
export async function closeSurveyRound({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const orgId = ctx.actor.orgId;
  if (!mayManageSurveys(ctx)) throw notFound();
  return inTransaction(ctx, async (tx) => {
    const round = await loadSurveyRound(tx.db, orgId, input.id);
    if (!isClosed(round, ctx.now())) {
      await tx.db
        .update(surveyRounds)
        .set({ closedAt: ctx.now() })
        .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, round.id)));
      await writeAudit(
        tx.db,
        { actor: ctx.actor, orgId },
        {
          action: 'survey.closed',
          entityType: 'survey_round',
          entityId: round.id,
        },
      );
    }
    await sealRound(tx, orgId, round.id);
    return { ok: true as const };
  });
}

/**
 * GET /surveys/rounds: HR sees every round; a leader the rounds that reached the units they lead
 * (read from where participants count, never from answers).
 */
export async function listRounds({ ctx }: { ctx: SignedInContext }): Promise<RoundsAnswer> {
  const orgId = ctx.actor.orgId;
  const manage = mayManageSurveys(ctx);
  const visible = manage
    ? sql`true`
    : sql`exists (select 1 from ${surveyParticipations} p where p.org_id = ${orgId} and p.round_id = ${surveyRounds.id}
        and p.unit_id in (${ledSubtreeText.bound(orgId, ctx.actor.personId)}))`;
  const rounds = (await ctx.db
    .select()
    .from(surveyRounds)
    .where(and(eq(surveyRounds.orgId, orgId), isSentRound, visible))
    .orderBy(desc(surveyRounds.closesAt))) as SurveyRound[];
  return { rounds: await presentRounds(ctx.db, orgId, rounds, ctx.now(), manage), can: { open: manage } };
}

/**
 * GET /surveys/rounds/{id}: the round and its response rates as they come in, per unit — a unit too
 * small to show alone is counted with the nearest unit above that reaches the threshold of invited,
 * exactly as its results will be. For HR only (leaders read rates on their unit's results page).
 */
export async function getRound({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<RoundDetailAnswer> {
  const orgId = ctx.actor.orgId;
  if (!mayManageSurveys(ctx)) throw notFound('No such survey round');
  const round = await loadSurveyRound(ctx.db, orgId, input.id);
  const [summary] = await presentRounds(ctx.db, orgId, [round], ctx.now(), true);
  const perUnit = await ctx.db
    .select({
      unitId: surveyParticipations.unitId,
      invited: sql<number>`count(*)::int`,
      answered: sql<number>`count(*) filter (where ${surveyParticipations.answered})::int`,
    })
    .from(surveyParticipations)
    .where(and(eq(surveyParticipations.orgId, orgId), eq(surveyParticipations.roundId, round.id)))
    .groupBy(surveyParticipations.unitId);
  const tree = await unitTree(ctx.db, orgId);
  const names = new Map(tree.map((u) => [u.id, u.name]));
  const counts = new Map(perUnit.map((r) => [r.unitId!, r]));
  const roll = rollUpSmallUnits(
    tree.map((u) => ({ id: u.id, parentId: u.parentId, respondents: counts.get(u.id)?.invited ?? 0 })),
    summary!.threshold,
  );
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  const rates = roll.groups.map((g) => {
    const members = [g.unitId, ...g.rolledUp];
    return {
      unit: ref(g.unitId),
      rolledUp: g.rolledUp.map(ref),
      invited: g.respondents,
      answered: members.reduce((sum, u) => sum + (counts.get(u)?.answered ?? 0), 0),
    };
  });
  const hiddenInvited = [...roll.placements.values()]
    .filter((p) => p.placement === 'hidden')
    .reduce((sum, p) => sum + p.respondents, 0);
  const targets = await ctx.db
    .select({
      unitId: surveyRoundTargets.unitId,
      teamId: surveyRoundTargets.teamId,
      forumId: surveyRoundTargets.forumId,
      teamName: teams.name,
    })
    .from(surveyRoundTargets)
    .leftJoin(teams, and(eq(teams.orgId, orgId), eq(teams.id, surveyRoundTargets.teamId)))
    .where(and(eq(surveyRoundTargets.orgId, orgId), eq(surveyRoundTargets.roundId, round.id)));
  const forumIds = targets.flatMap((t) => (t.forumId ? [t.forumId] : []));
  const forumNames = new Map(
    (forumIds.length ? await forumsById(ctx.db, orgId, forumIds) : []).map((f) => [f.id, f.name]),
  );
  return {
    round: summary!,
    targets: targets.map((t) =>
      t.unitId
        ? { ...ref(t.unitId), kind: 'unit' as const }
        : t.forumId
          ? { id: t.forumId, name: forumNames.get(t.forumId) ?? '', kind: 'forum' as const }
          : { id: t.teamId!, name: t.teamName ?? '', kind: 'team' as const },
    ),
    rates: rates.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'da')),
    hiddenInvited,
  };
}
