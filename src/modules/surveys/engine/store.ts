import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { Instrument } from '../instruments/types.js';
import { surveyRounds, surveyUnitResults } from '../schema.js';
import { aggregateOf } from './aggregates.js';
import type { ResponseRow } from './scores.js';

/*
 * Writes a sealed round's sums (ADR 0022): one row per unit that an answer or an invitation counts in,
 * and the round's totals. Called in the sealing transaction, with the rows it has just read, so the
 * sums are of exactly the answers sealed; and once for a round sealed before the sums existed.
 */
export async function storeAggregates(
  db: Db,
  round: { orgId: string; id: string; definition: Instrument },
  responses: readonly ResponseRow[],
  participants: readonly { unitId: string | null; answered: boolean }[],
): Promise<void> {
  const { orgId, id: roundId, definition } = round;
  const answersBy = new Map<string, ResponseRow[]>();
  for (const r of responses) {
    if (!r.unitId) continue;
    const list = answersBy.get(r.unitId);
    if (list) list.push(r);
    else answersBy.set(r.unitId, [r]);
  }
  const invitedBy = new Map<string, { invited: number; answered: number }>();
  for (const p of participants) {
    if (!p.unitId) continue;
    const c = invitedBy.get(p.unitId) ?? { invited: 0, answered: 0 };
    c.invited++;
    if (p.answered) c.answered++;
    invitedBy.set(p.unitId, c);
  }
  const unitIds = [...new Set([...answersBy.keys(), ...invitedBy.keys()])];
  const rows = unitIds.map((unitId) => {
    const agg = aggregateOf(definition, answersBy.get(unitId) ?? []);
    const counts = invitedBy.get(unitId) ?? { invited: 0, answered: 0 };
    return { orgId, roundId, unitId, ...counts, ...agg };
  });
  await db
    .delete(surveyUnitResults)
    .where(and(eq(surveyUnitResults.orgId, orgId), eq(surveyUnitResults.roundId, roundId)));
  for (let i = 0; i < rows.length; i += 1000)
    await db.insert(surveyUnitResults).values(rows.slice(i, i + 1000));
  // The whole round: every answer, also one whose unit is gone (publishing decides what is shown).
  const whole = aggregateOf(definition, responses);
  const totals = {
    ...whole,
    invited: participants.length,
    answered: participants.filter((p) => p.answered).length,
  };
  await db
    .update(surveyRounds)
    .set({ totals })
    .where(and(eq(surveyRounds.orgId, orgId), eq(surveyRounds.id, roundId)));
}
