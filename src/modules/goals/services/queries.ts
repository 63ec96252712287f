import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { goals } from '../schema.js';
import type { GoalStatus } from '../constants.js';

/**
 * For other modules (the leader's overview, the year summary): each person's goals in focus,
 * oldest first. The caller has already decided that the actor may see these people's records.
 */
export async function goalsInFocus(
  db: Db,
  orgId: string,
  personIds: readonly string[],
): Promise<Map<string, { id: string; title: string; status: GoalStatus }[]>> {
  const result = new Map<string, { id: string; title: string; status: GoalStatus }[]>(
    personIds.map((id) => [id, []]),
  );
  if (personIds.length === 0) return result;
  const rows = await db
    .select({ id: goals.id, title: goals.title, status: goals.status, personId: goals.subjectPersonId })
    .from(goals)
    .where(
      and(
        eq(goals.orgId, orgId),
        inArray(goals.subjectPersonId, [...personIds]),
        eq(goals.status, 'in_focus'),
      ),
    )
    .orderBy(asc(goals.createdAt), asc(goals.id));
  for (const r of rows)
    if (r.personId) result.get(r.personId)?.push({ id: r.id, title: r.title, status: r.status });
  return result;
}
