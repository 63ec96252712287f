import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { assertCanReadDevelopmentRecord, auditRecordRead } from '../../../server/policy/person-access.js';
import { auditReadsOncePerDay } from '../../../server/audit/reads.js';
import { goalsSharedWithText } from '../../../server/policy/goal-shares.js';
import { people } from '../../org/schema.js';
import { goals } from '../schema.js';
import { presentGoal, selectGoals } from '../records.js';
import type { ListGoalsQuery } from '../validation.js';
import type { GoalListAnswer, SharedGoalsAnswer } from '../answers.js';

const statusOrder = sql`case ${goals.status} when 'in_focus' then 0 when 'achieved' then 1 else 2 end`;

/** GET /goals?personId=: a person's goals (default: one's own) for them and their nearest leader(s). */
export async function listGoals({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ListGoalsQuery;
}): Promise<GoalListAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const personId = input.personId ?? actor.personId;
  const relation = await assertCanReadDevelopmentRecord(ctx, personId);
  const [person] = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  const rows = await selectGoals(db)
    .where(and(eq(goals.orgId, orgId), eq(goals.subjectPersonId, personId)))
    .orderBy(statusOrder, desc(goals.updatedAt), asc(goals.id));
  await auditRecordRead(ctx, {
    action: 'goal.read',
    subjectPersonId: personId,
    entityType: 'goal_list',
    entityId: personId,
  });
  return {
    person: person!,
    relation,
    goals: rows.map(presentGoal),
    can: { create: relation === 'self' },
  };
}

/** GET /goals/shared: goals colleagues have shared with the actor, directly or through a team. */
export async function listSharedWithMe({ ctx }: { ctx: SignedInContext }): Promise<SharedGoalsAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const rows = await selectGoals(db)
    .where(
      and(
        eq(goals.orgId, orgId),
        sql`${goals.id} in (${goalsSharedWithText.bound(orgId, actor.personId)})`,
        sql`${goals.subjectPersonId} <> ${actor.personId}`,
      ),
    )
    .orderBy(statusOrder, desc(goals.updatedAt), asc(goals.id));
  const ownerIds = [...new Set(rows.map((r) => r.subjectPersonId).filter((id): id is string => Boolean(id)))];
  const owners = ownerIds.length
    ? await db
        .select({ id: people.id, name: people.name })
        .from(people)
        .where(and(eq(people.orgId, orgId), inArray(people.id, ownerIds)))
    : [];
  const nameOf = new Map(owners.map((o) => [o.id, o.name]));
  await auditReadsOncePerDay(ctx, {
    action: 'goal.read',
    entityType: 'goal_shared_list',
    reads: rows.flatMap((r) =>
      r.subjectPersonId ? [{ subjectPersonId: r.subjectPersonId, entityId: r.id }] : [],
    ),
  });
  return {
    goals: rows.map((r) => ({
      ...presentGoal(r),
      owner: r.subjectPersonId ? { id: r.subjectPersonId, name: nameOf.get(r.subjectPersonId) ?? '' } : null,
    })),
  };
}
