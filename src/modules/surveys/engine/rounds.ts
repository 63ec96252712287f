import crypto from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { ServiceContext } from '../../../server/http/context.js';
import { surveyParticipations, surveyResponses, surveyRounds } from '../schema.js';
import { loadInstrument } from './instruments.js';

export type RoundRow = typeof surveyRounds.$inferSelect;

// Lower-case letters and digits without look-alikes (0/o, 1/l/i), easy to type from a screen.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short link code: 10 characters, about 49 bits, unguessable enough for a link that also needs sign-in. */
export function newRoundCode(): string {
  const bytes = crypto.randomBytes(10);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

export const isClosed = (round: Pick<RoundRow, 'closedAt' | 'closesAt'>, now: Date) =>
  round.closedAt !== null || new Date(round.closesAt).getTime() <= now.getTime();

/**
 * Opens a forum's round (a meeting's evaluation, a team's safety check) with the instrument as the
 * organisation has it now, so an edit never changes a round under its respondents.
 */
export async function insertRound(
  ctx: ServiceContext & { actor: { personId: string; orgId: string } },
  values: { instrument: string; meetingId?: string; teamId?: string; days: number },
): Promise<RoundRow> {
  const now = ctx.now();
  const instrument = await loadInstrument(ctx.db, ctx.actor.orgId, values.instrument);
  const [round] = await ctx.db
    .insert(surveyRounds)
    .values({
      orgId: ctx.actor.orgId,
      instrument: values.instrument,
      definition: instrument?.definition ?? null,
      meetingId: values.meetingId ?? null,
      teamId: values.teamId ?? null,
      code: newRoundCode(),
      openedBy: ctx.actor.personId,
      openedOn: now.toISOString().slice(0, 10),
      closesAt: new Date(now.getTime() + values.days * 24 * 3600 * 1000),
    })
    .returning();
  return round!;
}

/**
 * Seals a closed round: its responses and participations are rewritten in one statement each, in
 * random-id order, inside one transaction. Until then each answer's two rows were written by the same
 * transaction (and sit in the same place in each table's physical order); afterwards every row of the
 * round shares one transaction id and a fresh order, so not even the database's own bookkeeping
 * (xmin, row position) can pair a response with a person.
 */
export async function sealRound(ctx: ServiceContext, orgId: string, roundId: string): Promise<void> {
  const db = ctx.db;
  const [locked] = await db
    .select({ sealed: surveyRounds.sealed })
    .from(surveyRounds)
    .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, roundId)))
    .for('update');
  if (!locked || locked.sealed) return;
  const responses = await db
    .select({
      scores: surveyResponses.scores,
      comment: surveyResponses.comment,
      unitId: surveyResponses.unitId,
    })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.orgId, orgId), eq(surveyResponses.roundId, roundId)))
    .orderBy(asc(surveyResponses.id));
  const participants = await db
    .select({
      personId: surveyParticipations.personId,
      token: surveyParticipations.token,
      unitId: surveyParticipations.unitId,
      answered: surveyParticipations.answered,
    })
    .from(surveyParticipations)
    .where(and(eq(surveyParticipations.orgId, orgId), eq(surveyParticipations.roundId, roundId)))
    .orderBy(asc(surveyParticipations.personId));
  await db
    .delete(surveyResponses)
    .where(and(eq(surveyResponses.orgId, orgId), eq(surveyResponses.roundId, roundId)));
  await db
    .delete(surveyParticipations)
    .where(and(eq(surveyParticipations.orgId, orgId), eq(surveyParticipations.roundId, roundId)));
  if (responses.length)
    await db.insert(surveyResponses).values(responses.map((r) => ({ orgId, roundId, ...r })));
  if (participants.length)
    await db.insert(surveyParticipations).values(participants.map((p) => ({ orgId, roundId, ...p })));
  await db
    .update(surveyRounds)
    .set({ sealed: true, closedAt: sql`coalesce(${surveyRounds.closedAt}, ${surveyRounds.closesAt})` })
    .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, roundId)));
}

/** Seals every round among `rounds` whose time ran out; returns whether any was sealed. */
export async function sealDueRounds(
  ctx: ServiceContext,
  orgId: string,
  rounds: RoundRow[],
): Promise<boolean> {
  const due = rounds.filter((r) => !r.sealed && isClosed(r, ctx.now()));
  for (const r of due)
    await ctx.db.transaction((tx) => sealRound({ ...ctx, db: tx as unknown as Db }, orgId, r.id));
  return due.length > 0;
}
