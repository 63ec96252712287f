import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { FORMS } from '../forms/index.js';
import { currentPhase, progress } from '../merge.js';
import { inquiries } from '../schema.js';
import type { CircleState } from '../answers.js';

/**
 * For other modules (the leader's overview, 1:1s, the year summary): the latest circle of each
 * goal. The caller has already decided that the actor may see these goals.
 */
export async function circleStates(
  db: Db,
  orgId: string,
  goalIds: readonly string[],
): Promise<Map<string, CircleState>> {
  const result = new Map<string, CircleState>();
  if (goalIds.length === 0) return result;
  const rows = await db
    .selectDistinctOn([inquiries.goalId], {
      id: inquiries.id,
      goalId: inquiries.goalId,
      form: inquiries.form,
      data: inquiries.data,
      deadline: inquiries.deadline,
      status: inquiries.status,
    })
    .from(inquiries)
    .where(
      and(
        eq(inquiries.orgId, orgId),
        inArray(inquiries.goalId, [...goalIds]),
        eq(inquiries.form, 'learning_circle'),
      ),
    )
    .orderBy(inquiries.goalId, desc(inquiries.sequence), desc(inquiries.createdAt));
  for (const r of rows) {
    if (!r.goalId) continue;
    const form = FORMS[r.form];
    result.set(r.goalId, {
      circleId: r.id,
      phase: currentPhase(form, r.data),
      progress: progress(form, r.data),
      deadline: r.deadline,
      status: r.status,
    });
  }
  return result;
}
