import { and, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { feedback } from '../schema.js';

/**
 * For other modules (the leader's overview): when each person last received feedback addressed to
 * them. The caller has already decided that the actor may see these people's records.
 */
export async function lastFeedbackAt(
  db: Db,
  orgId: string,
  personIds: readonly string[],
): Promise<Map<string, Date | null>> {
  const result = new Map<string, Date | null>(personIds.map((id) => [id, null]));
  if (personIds.length === 0) return result;
  const rows = await db
    .select({ personId: feedback.toPersonId, at: max(feedback.createdAt) })
    .from(feedback)
    .where(and(eq(feedback.orgId, orgId), inArray(feedback.toPersonId, [...personIds])))
    .groupBy(feedback.toPersonId);
  for (const r of rows) if (r.personId && r.at) result.set(r.personId, new Date(r.at));
  return result;
}
