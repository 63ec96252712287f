import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { FORMS } from '../../inquiry/forms/index.js';
import { currentPhase, progress } from '../../inquiry/merge.js';
import { inquiries } from '../../inquiry/schema.js';

/*
 * The latest circle of each goal, for the 1:1's "goals in focus". This reads the inquiries table
 * directly until the inquiry module exports circleStates; then this file should call that.
 */

export interface CircleState {
  circleId: string;
  phase: string;
  progress: number;
  deadline: string | null;
  status: 'open' | 'done';
}

export async function latestCircleStates(db: Db, orgId: string, goalIds: readonly string[]): Promise<Map<string, CircleState>> {
  const result = new Map<string, CircleState>();
  if (goalIds.length === 0) return result;
  const rows = await db
    .select({ id: inquiries.id, goalId: inquiries.goalId, form: inquiries.form, data: inquiries.data, deadline: inquiries.deadline, status: inquiries.status })
    .from(inquiries)
    .where(and(eq(inquiries.orgId, orgId), inArray(inquiries.goalId, [...goalIds])))
    .orderBy(desc(inquiries.sequence), desc(inquiries.createdAt));
  for (const r of rows) {
    if (!r.goalId || result.has(r.goalId)) continue;
    const form = FORMS[r.form];
    result.set(r.goalId, { circleId: r.id, phase: currentPhase(form, r.data), progress: progress(form, r.data), deadline: r.deadline, status: r.status });
  }
  return result;
}
