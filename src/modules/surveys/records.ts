import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { notFound } from '../../server/http/errors.js';
import { units } from '../org/schema.js';
import { isClosed } from './engine/rounds.js';
import { isSentRound } from './engine/instruments.js';
import { thresholdsOf } from './engine/thresholds.js';
import { surveyParticipations, surveyRounds } from './schema.js';
import type { Instrument } from './instruments/types.js';
import type { RoundSummary } from './answers.js';

export type SurveyRound = typeof surveyRounds.$inferSelect & { definition: Instrument };

export async function idsOfQuery(db: Db, query: SQL): Promise<string[]> {
  const result = (await db.execute(query)) as unknown as { rows: Record<string, string>[] };
  return result.rows.map((r) => Object.values(r)[0]!);
}

/** One of HR's rounds (a forum meeting's evaluation or a team's safety check is not one). */
export async function loadSurveyRound(db: Db, orgId: string, id: string): Promise<SurveyRound> {
  const [round] = await db
    .select()
    .from(surveyRounds)
    .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, id), isSentRound));
  if (!round) throw notFound('No such survey round');
  return round as SurveyRound;
}

/** Invited and answered per round, from the participation table alone. */
export async function participationCounts(db: Db, orgId: string, roundIds: string[]) {
  if (roundIds.length === 0) return new Map<string, { invited: number; answered: number }>();
  const rows = await db
    .select({
      roundId: surveyParticipations.roundId,
      invited: sql<number>`count(*)::int`,
      answered: sql<number>`count(*) filter (where ${surveyParticipations.answered})::int`,
    })
    .from(surveyParticipations)
    .where(and(eq(surveyParticipations.orgId, orgId), inArray(surveyParticipations.roundId, roundIds)))
    .groupBy(surveyParticipations.roundId);
  return new Map(rows.map((r) => [r.roundId, { invited: r.invited, answered: r.answered }]));
}

export async function presentRounds(
  db: Db,
  orgId: string,
  rounds: SurveyRound[],
  now: Date,
  manage: boolean,
): Promise<RoundSummary[]> {
  // A sealed round keeps its counts with its sums (ADR 0022); only the others count participations.
  const counts = await participationCounts(
    db,
    orgId,
    rounds.filter((r) => r.totals === null).map((r) => r.id),
  );
  for (const r of rounds)
    if (r.totals) counts.set(r.id, { invited: r.totals.invited, answered: r.totals.answered });
  const fallback = rounds.some((r) => r.threshold === null) ? await thresholdsOf(db, orgId) : null;
  return rounds.map((r) => ({
    id: r.id,
    title: r.title ?? r.definition.name.da,
    instrument: { key: r.instrument, name: r.definition.name },
    openedOn: r.openedOn,
    closesAt: new Date(r.closesAt).toISOString(),
    closed: isClosed(r, now),
    invited: counts.get(r.id)?.invited ?? 0,
    answered: counts.get(r.id)?.answered ?? 0,
    remindersSent: r.remindersSent,
    threshold: r.threshold ?? fallback!.threshold,
    commentThreshold: r.commentThreshold ?? fallback!.commentThreshold,
    can: { manage },
  }));
}

/** The organisation's unit tree with names: what roll-up walks and pages name. */
export async function unitTree(db: Db, orgId: string) {
  return db
    .select({ id: units.id, name: units.name, parentId: units.parentId })
    .from(units)
    .where(eq(units.orgId, orgId));
}

/** The names of a few units of the organisation (a unit of another organisation is not among them). */
export async function unitNames(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.orgId, orgId), inArray(units.id, [...new Set(ids)])));
  return new Map(rows.map((u) => [u.id, u.name]));
}
