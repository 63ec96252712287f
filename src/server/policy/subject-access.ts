import { and, eq, inArray, or } from 'drizzle-orm';
import type { SignedInContext } from '../http/context.js';
import { notFound } from '../http/errors.js';
import { teams, teamMembers } from '../../modules/org/schema.js';
import { goalShares } from '../../modules/goals/schema.js';
import { personRelation } from './person-access.js';
import { leadsUnitOrAncestor } from './team-access.js';

/*
 * Access to development content — goals, circles, agreements, 1:1s — whose subject is a person or
 * a team (ADR 0004). For a person: the person (owner) and their nearest leader(s); nobody else,
 * not HR, not the leader's leader. For a team: its members, and the leaders of the team's unit or
 * a unit above it; HR and admins manage a team's structure but read its content only when they
 * are a member or such a leader. A cross-unit team (a peer group) has no unit: members only.
 * A share adds read access to one goal and its circles for a colleague or a team's members.
 */

export type Subject = { personId: string; teamId?: undefined } | { teamId: string; personId?: undefined };

/**
 * How the actor stands to a subject's development content:
 * - 'owner': the person themself, or a member of the team
 * - 'leader': a nearest leader of the person, or a leader of the team's unit or a unit above it
 * - null: no access
 */
export type SubjectRelation = 'owner' | 'leader';

export async function subjectRelation(
  ctx: SignedInContext,
  subject: Subject,
): Promise<SubjectRelation | null> {
  if (subject.personId !== undefined) {
    const relation = await personRelation(ctx, subject.personId);
    if (relation === 'self') return 'owner';
    if (relation === 'leader') return 'leader';
    return null;
  }
  return teamRelation(ctx, subject.teamId);
}

/** A member is 'owner' (also when they lead the unit); a leader of the unit or above is 'leader'. */
export async function teamRelation(ctx: SignedInContext, teamId: string): Promise<SubjectRelation | null> {
  const { db, actor } = ctx;
  const [team] = await db
    .select({ id: teams.id, unitId: teams.unitId })
    .from(teams)
    .where(and(eq(teams.orgId, actor.orgId), eq(teams.id, teamId)));
  if (!team) return null;
  const [member] = await db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(
      and(
        eq(teamMembers.orgId, actor.orgId),
        eq(teamMembers.teamId, team.id),
        eq(teamMembers.personId, actor.personId),
      ),
    )
    .limit(1);
  if (member) return 'owner';
  if (team.unitId !== null && (await leadsUnitOrAncestor(ctx, team.unitId))) return 'leader';
  return null;
}

/** Refuses (404) anyone who may not read the subject's development content; returns the relation. */
export async function assertCanReadSubject(ctx: SignedInContext, subject: Subject): Promise<SubjectRelation> {
  const relation = await subjectRelation(ctx, subject);
  if (!relation) throw notFound();
  return relation;
}

/**
 * Whether one goal was shared with the actor, directly or through a team they are on. Shares give
 * read access to that goal and its circles only.
 */
export async function isGoalSharedWithActor(ctx: SignedInContext, goalId: string): Promise<boolean> {
  const { actor, db } = ctx;
  const myTeams = db
    .select({ id: teamMembers.teamId })
    .from(teamMembers)
    .where(and(eq(teamMembers.orgId, actor.orgId), eq(teamMembers.personId, actor.personId)));
  const [row] = await db
    .select({ id: goalShares.id })
    .from(goalShares)
    .where(
      and(
        eq(goalShares.orgId, actor.orgId),
        eq(goalShares.goalId, goalId),
        or(eq(goalShares.personId, actor.personId), inArray(goalShares.teamId, myTeams)),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Access to one goal (and its circles): the subject's relation, or 'shared' (read-only) through a share. */
export async function goalRelation(
  ctx: SignedInContext,
  goal: { id: string; subjectPersonId: string | null; subjectTeamId: string | null },
): Promise<SubjectRelation | 'shared' | null> {
  const subject: Subject = goal.subjectPersonId
    ? { personId: goal.subjectPersonId }
    : { teamId: goal.subjectTeamId! };
  const relation = await subjectRelation(ctx, subject);
  if (relation) return relation;
  return (await isGoalSharedWithActor(ctx, goal.id)) ? 'shared' : null;
}
