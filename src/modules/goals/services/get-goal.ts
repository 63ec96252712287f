import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { auditRecordRead } from '../../../server/policy/person-access.js';
import { people, teams } from '../../org/schema.js';
import { PEER_GROUP_KIND } from '../../../shared/roles.js';
import { goalEvents } from '../schema.js';
import { loadReadableGoal, presentGoal } from '../records.js';
import { goalHints } from '../hints.js';
import { listShares, teamsOf } from './shares.js';
import type { GoalDetailAnswer } from '../answers.js';

/**
 * GET /goals/{id}: the goal for its owner, their nearest leader(s) and those it is shared with.
 * History and shares are the owner's and the leader's; a shared reader sees the goal alone.
 */
export async function getGoal({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<GoalDetailAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const { goal, relation } = await loadReadableGoal(ctx, input.id);
  const [owner] = goal.subjectPersonId
    ? await db
        .select({ id: people.id, name: people.name })
        .from(people)
        .where(and(eq(people.orgId, orgId), eq(people.id, goal.subjectPersonId)))
    : [];
  const [team] = goal.subjectTeamId
    ? await db
        .select({ id: teams.id, name: teams.name, kind: teams.kind })
        .from(teams)
        .where(and(eq(teams.orgId, orgId), eq(teams.id, goal.subjectTeamId)))
    : [];
  if (goal.subjectPersonId) {
    await auditRecordRead(ctx, {
      action: 'goal.read',
      subjectPersonId: goal.subjectPersonId,
      entityType: 'goal',
      entityId: goal.id,
      details: { relation },
    });
  }
  const full = relation !== 'shared';
  const history = full
    ? await db
        .select({
          id: goalEvents.id,
          at: goalEvents.at,
          actorId: goalEvents.actorId,
          actorName: people.name,
          fromStatus: goalEvents.fromStatus,
          toStatus: goalEvents.toStatus,
          reason: goalEvents.reason,
        })
        .from(goalEvents)
        .leftJoin(people, and(eq(people.orgId, goalEvents.orgId), eq(people.id, goalEvents.actorId)))
        .where(and(eq(goalEvents.orgId, orgId), eq(goalEvents.goalId, goal.id)))
        .orderBy(asc(goalEvents.at), asc(goalEvents.id))
    : [];
  const isOwner = relation === 'owner' && goal.subjectPersonId === actor.personId;
  // A team goal is the team's: its members and its nearest leader(s) change it.
  const writable = team ? relation === 'owner' || relation === 'leader' : isOwner;
  return {
    goal: presentGoal(goal),
    owner: owner ?? null,
    team: team ? { id: team.id, name: team.name, isPeerGroup: team.kind === PEER_GROUP_KIND } : null,
    history: history.map((h) => ({
      id: h.id,
      at: new Date(h.at).toISOString(),
      actor: h.actorId ? { id: h.actorId, name: h.actorName ?? '' } : null,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      reason: h.reason,
    })),
    shares: full ? await listShares(db, orgId, goal.id) : [],
    shareTeams: isOwner ? await teamsOf(db, orgId, actor.personId) : [],
    hints: isOwner ? goalHints(goal.title, goal.why, goal.progressSigns) : [],
    relation,
    can: { edit: writable, changeStatus: writable, share: isOwner },
  };
}
