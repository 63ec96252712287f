import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { auditRecordRead } from '../../../server/policy/person-access.js';
import { auditReadsOncePerDay } from '../../../server/audit/reads.js';
import { goalRelation } from '../../../server/policy/subject-access.js';
import { loadGoal } from '../../goals/index.js';
import { FORMS } from '../forms/index.js';
import { currentPhase, progress } from '../merge.js';
import { loadReadableCircle, type CircleRow } from '../access.js';
import { circleDetail } from '../records.js';
import { inquiries } from '../schema.js';
import type { CircleAnswer, CircleListAnswer } from '../answers.js';

/** Reads of someone else's circle are shown to its owner in "who has viewed my record". */
export async function auditCircleRead(
  ctx: SignedInContext,
  circle: CircleRow,
  relation: string,
  entityType = 'inquiry',
) {
  if (!circle.subjectPersonId) return;
  await auditRecordRead(ctx, {
    action: 'circle.read',
    subjectPersonId: circle.subjectPersonId,
    entityType,
    entityId: circle.id,
    details: { relation },
  });
}

/** GET /circles/{id}: the owner, invited colleagues, the nearest leader(s), and shared readers once finished. */
export async function getCircle({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<CircleAnswer> {
  const { circle, relation } = await loadReadableCircle(ctx, input.id);
  await auditCircleRead(ctx, circle, relation);
  return circleDetail(ctx, circle, relation);
}

/**
 * GET /circles?goalId=: a goal's circles, oldest first, for the goal's page. Those who read the
 * goal see its circles; a shared reader sees the finished ones only.
 */
export async function listCircles({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { goalId: string };
}): Promise<CircleListAnswer> {
  const orgId = ctx.actor.orgId;
  const goal = await loadGoal(ctx.db, orgId, input.goalId);
  if (!goal) throw notFound('No such goal');
  const relation = await goalRelation(ctx, goal);
  if (!relation) throw notFound('No such goal');
  const rows = await ctx.db
    .select()
    .from(inquiries)
    .where(
      and(eq(inquiries.orgId, orgId), eq(inquiries.goalId, goal.id), eq(inquiries.form, 'learning_circle')),
    )
    .orderBy(asc(inquiries.sequence), asc(inquiries.createdAt));
  const visible = relation === 'shared' ? rows.filter((r) => r.status === 'done') : rows;
  if (goal.subjectPersonId && visible.length > 0) {
    await auditReadsOncePerDay(ctx, {
      action: 'circle.read',
      entityType: 'circle_list',
      reads: [{ subjectPersonId: goal.subjectPersonId, entityId: goal.id }],
    });
  }
  const open = rows.some((r) => r.status === 'open');
  return {
    circles: visible.map((r) => ({
      id: r.id,
      sequence: r.sequence,
      status: r.status,
      currentPhase: currentPhase(FORMS[r.form], r.data),
      progress: progress(FORMS[r.form], r.data),
      deadline: r.deadline,
      updatedAt: new Date(r.updatedAt).toISOString(),
      finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
    })),
    // A team's goal is the team's work: its unit's leaders start a circle on it as its members do.
    can: { start: (relation === 'owner' || (goal.subjectTeamId !== null && relation === 'leader')) && !open },
  };
}
