import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { isTeamMember, teamsOfText } from '../../../server/policy/team-members.js';
import { people, teams } from '../../org/schema.js';
import { goalShares } from '../schema.js';
import { loadOwnGoal } from '../records.js';
import type { ShareGoalInput } from '../validation.js';
import type { GoalShare, GoalSharesAnswer } from '../answers.js';

// The owner shares a goal with a colleague or with a team they are on; shares give read access
// to that goal and its circles (policy/subject-access.ts) and nothing more.

export async function listShares(db: Db, orgId: string, goalId: string): Promise<GoalShare[]> {
  const rows = await db
    .select({
      id: goalShares.id,
      personId: people.id,
      personName: people.name,
      teamId: teams.id,
      teamName: teams.name,
      createdAt: goalShares.createdAt,
    })
    .from(goalShares)
    .leftJoin(people, and(eq(people.orgId, goalShares.orgId), eq(people.id, goalShares.personId)))
    .leftJoin(teams, and(eq(teams.orgId, goalShares.orgId), eq(teams.id, goalShares.teamId)))
    .where(and(eq(goalShares.orgId, orgId), eq(goalShares.goalId, goalId)))
    .orderBy(asc(goalShares.createdAt), asc(goalShares.id));
  return rows.map((r) => ({
    id: r.id,
    person: r.personId ? { id: r.personId, name: r.personName! } : null,
    team: r.teamId ? { id: r.teamId, name: r.teamName! } : null,
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}

export async function shareGoal({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ShareGoalInput & { goalId: string };
}): Promise<GoalSharesAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const goal = await loadOwnGoal(tx, input.goalId);
    if (input.personId) {
      if (input.personId === actor.personId) {
        throw invalid('A goal is shared with someone else', undefined, [
          { path: 'personId', message: 'That is you' },
        ]);
      }
      const [person] = await tx.db
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.orgId, orgId), eq(people.id, input.personId), eq(people.active, true)));
      if (!person) throw notFound('No such person');
    } else {
      if (!(await isTeamMember(tx.db, orgId, input.teamId!, actor.personId))) throw notFound('No such team');
    }
    const [existing] = await tx.db
      .select({ id: goalShares.id })
      .from(goalShares)
      .where(
        and(
          eq(goalShares.orgId, orgId),
          eq(goalShares.goalId, goal.id),
          input.personId ? eq(goalShares.personId, input.personId) : eq(goalShares.teamId, input.teamId!),
        ),
      );
    if (existing) throw conflict('The goal is already shared there', 'goal_share_exists');
    const [share] = await tx.db
      .insert(goalShares)
      .values({
        orgId,
        goalId: goal.id,
        personId: input.personId ?? null,
        teamId: input.teamId ?? null,
        createdAt: tx.now(),
      })
      .returning({ id: goalShares.id });
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'goal.shared',
        entityType: 'goal',
        entityId: goal.id,
        subjectPersonId: actor.personId,
        details: { shareId: share!.id, personId: input.personId ?? null, teamId: input.teamId ?? null },
      },
    );
    return { shares: await listShares(tx.db, orgId, goal.id) };
  });
}

export async function removeShare({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { goalId: string; shareId: string };
}): Promise<GoalSharesAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const goal = await loadOwnGoal(tx, input.goalId);
    const [removed] = await tx.db
      .delete(goalShares)
      .where(
        and(eq(goalShares.orgId, orgId), eq(goalShares.goalId, goal.id), eq(goalShares.id, input.shareId)),
      )
      .returning({ personId: goalShares.personId, teamId: goalShares.teamId });
    if (!removed) throw notFound('No such share');
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'goal.unshared',
        entityType: 'goal',
        entityId: goal.id,
        subjectPersonId: actor.personId,
        details: { shareId: input.shareId, personId: removed.personId, teamId: removed.teamId },
      },
    );
    return { shares: await listShares(tx.db, orgId, goal.id) };
  });
}

/** The teams the person is on: where they may share a goal. */
export async function teamsOf(db: Db, orgId: string, personId: string) {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), sql`${teams.id} in (${teamsOfText.bound(orgId, personId)})`))
    .orderBy(asc(teams.name), asc(teams.id));
}
