import { and, asc, eq, gte, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { units } from '../../org/schema.js';
import { initiativeParticipants, initiatives } from '../../competence/schema.js';
import type { YearSummaryAnswer } from '../answers.js';

/**
 * The competence initiatives a person took part in during a year: joined before it ended, and the
 * initiative not already closed before it began. The caller has checked that the actor may read
 * the person's development record (self or nearest leader), the same people who see the levels.
 */
export async function yearInitiatives(
  db: Db,
  orgId: string,
  personId: string,
  start: Date,
  end: Date,
): Promise<YearSummaryAnswer['initiatives']> {
  const rows = await db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      status: initiatives.status,
      unitId: units.id,
      unitName: units.name,
      currentLevel: initiativeParticipants.currentLevel,
      targetLevel: initiativeParticipants.targetLevel,
      proposalStatus: initiativeParticipants.proposalStatus,
    })
    .from(initiativeParticipants)
    .innerJoin(
      initiatives,
      and(
        eq(initiatives.orgId, initiativeParticipants.orgId),
        eq(initiatives.id, initiativeParticipants.initiativeId),
      ),
    )
    .innerJoin(units, and(eq(units.orgId, initiatives.orgId), eq(units.id, initiatives.unitId)))
    .where(
      and(
        eq(initiativeParticipants.orgId, orgId),
        eq(initiativeParticipants.personId, personId),
        lt(initiativeParticipants.createdAt, end),
        or(ne(initiatives.status, 'closed'), gte(initiatives.updatedAt, start)),
      ),
    )
    .orderBy(asc(initiativeParticipants.createdAt), asc(initiatives.id));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    unit: { id: r.unitId, name: r.unitName },
    currentLevel: r.currentLevel,
    targetLevel: r.targetLevel,
    proposalStatus: r.proposalStatus,
  }));
}
