import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { people } from '../org/schema.js';
import { dialogueFrames, dialogueRounds, dialogueTurns } from './schema.js';
import type { Turn } from './answers.js';

export type FrameRow = typeof dialogueFrames.$inferSelect;
export type RoundRow = typeof dialogueRounds.$inferSelect;

export async function readFrame(db: Db, orgId: string, conversationId: string): Promise<FrameRow | null> {
  const [frame] = await db
    .select()
    .from(dialogueFrames)
    .where(and(eq(dialogueFrames.orgId, orgId), eq(dialogueFrames.conversationId, conversationId)));
  return frame ?? null;
}

/**
 * The frame row, created on first use and locked: every facilitator action on one conversation
 * goes through it, so two of them never interleave (two rounds opened at once, say). It starts at
 * version 0 so that creating it does not make a purpose someone is writing look stale.
 */
export async function lockFrame(db: Db, orgId: string, conversationId: string): Promise<FrameRow> {
  await db.insert(dialogueFrames).values({ orgId, conversationId, version: 0 }).onConflictDoNothing();
  const [frame] = await db
    .select()
    .from(dialogueFrames)
    .where(and(eq(dialogueFrames.orgId, orgId), eq(dialogueFrames.conversationId, conversationId)))
    .for('update');
  return frame!;
}

export async function openRoundOf(db: Db, orgId: string, conversationId: string): Promise<RoundRow | null> {
  const [round] = await db
    .select()
    .from(dialogueRounds)
    .where(
      and(
        eq(dialogueRounds.orgId, orgId),
        eq(dialogueRounds.conversationId, conversationId),
        isNull(dialogueRounds.closedAt),
      ),
    );
  return round ?? null;
}

export async function roundsOf(db: Db, orgId: string, conversationId: string): Promise<RoundRow[]> {
  return db
    .select()
    .from(dialogueRounds)
    .where(and(eq(dialogueRounds.orgId, orgId), eq(dialogueRounds.conversationId, conversationId)))
    .orderBy(desc(dialogueRounds.number))
    .limit(100);
}

/** The turns of several rounds, in speaking order, by round id. */
export async function turnsOf(db: Db, orgId: string, roundIds: string[]): Promise<Map<string, Turn[]>> {
  const result = new Map<string, Turn[]>(roundIds.map((id) => [id, []]));
  if (roundIds.length === 0) return result;
  const rows = await db
    .select({
      roundId: dialogueTurns.roundId,
      personId: dialogueTurns.personId,
      name: people.name,
      position: dialogueTurns.position,
      state: dialogueTurns.state,
    })
    .from(dialogueTurns)
    .innerJoin(people, and(eq(people.orgId, dialogueTurns.orgId), eq(people.id, dialogueTurns.personId)))
    .where(and(eq(dialogueTurns.orgId, orgId), inArray(dialogueTurns.roundId, roundIds)))
    .orderBy(asc(dialogueTurns.position));
  for (const { roundId, ...turn } of rows) result.get(roundId)?.push(turn);
  return result;
}

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
