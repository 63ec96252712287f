import type { SignedInContext } from '../http/context.js';
import { notFound } from '../http/errors.js';
import { isGoalSharedWithActor } from './goal-shares.js';
import { personRelation } from './person-access.js';
import { teamRelation } from './team-content.js';

/*
 * Access to development content — goals, circles, agreements, 1:1s — whose subject is a person or
 * a team (ADR 0004). For a person: the person (owner) and their nearest leader(s); nobody else,
 * not HR, not the leader's leader. For a team: its members and its nearest leader(s)
 * (team-content.ts). A share adds read access to one goal and its finished circles.
 */

export type Subject = { personId: string; teamId?: undefined } | { teamId: string; personId?: undefined };

/**
 * How the actor stands to a subject's development content:
 * - 'owner': the person themself, or a member of the team
 * - 'leader': a nearest leader of the person, or of the team
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
  const relation = await teamRelation(ctx, subject.teamId);
  return relation === 'member' ? 'owner' : relation;
}

/** Refuses (404) anyone who may not read the subject's development content; returns the relation. */
export async function assertCanReadSubject(ctx: SignedInContext, subject: Subject): Promise<SubjectRelation> {
  const relation = await subjectRelation(ctx, subject);
  if (!relation) throw notFound();
  return relation;
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
