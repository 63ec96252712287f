import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { builtInInstrument } from '../instruments/index.js';
import type { Instrument } from '../instruments/types.js';
import { FORUM_INSTRUMENTS } from '../constants.js';
import { surveyInstruments, surveyRounds } from '../schema.js';

export const isForumInstrument = (key: string) => (FORUM_INSTRUMENTS as readonly string[]).includes(key);

/** The organisation's instrument: its own copy when HR edited it, else the built-in. */
export async function loadInstrument(db: Db, orgId: string, key: string) {
  const [own] = await db
    .select()
    .from(surveyInstruments)
    .where(and(eq(surveyInstruments.orgId, orgId), eq(surveyInstruments.key, key)));
  const forum = isForumInstrument(key);
  if (own) return { definition: own.definition, version: own.version, edited: true, forum };
  const builtIn = builtInInstrument(key);
  if (!builtIn) return null;
  return { definition: builtIn as Instrument, version: 0, edited: false, forum };
}

/**
 * The instrument a round asks: its snapshot, taken when it opened. Forum rounds opened before the
 * forums' instruments could be edited have none; they asked the built-in, unchanged since.
 */
export function definitionOf(round: { instrument: string; definition: Instrument | null }): Instrument {
  return round.definition ?? (builtInInstrument(round.instrument) as Instrument);
}

/**
 * HR's rounds, sent to units, teams or forums — not a forum meeting's evaluation nor a team's safety
 * check, which carry their meeting or team on the round and now keep a definition too.
 */
export const isSentRound = sql`(${surveyRounds.definition} is not null and ${surveyRounds.meetingId} is null and ${surveyRounds.teamId} is null)`;
