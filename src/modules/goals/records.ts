import { and, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { ServiceError, notFound } from '../../server/http/errors.js';
import { goalRelation } from '../../server/policy/subject-access.js';
import { frameItems } from '../framing/schema.js';
import { goals } from './schema.js';
import type { Goal } from './answers.js';

// Loading, access and presentation of goals, shared by the goal services.

export const goalColumns = {
  id: goals.id,
  subjectPersonId: goals.subjectPersonId,
  subjectTeamId: goals.subjectTeamId,
  title: goals.title,
  why: goals.why,
  progressSigns: goals.progressSigns,
  source: goals.source,
  status: goals.status,
  statusReason: goals.statusReason,
  frameItemId: goals.frameItemId,
  frameItemTitle: frameItems.title,
  createdAt: goals.createdAt,
  updatedAt: goals.updatedAt,
  version: goals.version,
};
export type GoalRow = {
  [K in keyof typeof goalColumns]: K extends 'frameItemTitle'
    ? string | null
    : (typeof goals.$inferSelect)[Exclude<K, 'frameItemTitle'>];
};

/** Goals joined with the title of their frame item. */
export const selectGoals = (db: Db) =>
  db
    .select(goalColumns)
    .from(goals)
    .leftJoin(frameItems, and(eq(frameItems.orgId, goals.orgId), eq(frameItems.id, goals.frameItemId)));

export async function loadGoal(db: Db, orgId: string, id: string): Promise<GoalRow | undefined> {
  const [goal] = await selectGoals(db).where(and(eq(goals.orgId, orgId), eq(goals.id, id)));
  return goal;
}

export type GoalAccess = 'owner' | 'leader' | 'shared';

/** The goal and how the actor stands to it; 404 for anyone without a relation (ids cannot be probed). */
export async function loadReadableGoal(
  ctx: SignedInContext,
  id: string,
): Promise<{ goal: GoalRow; relation: GoalAccess }> {
  const goal = await loadGoal(ctx.db, ctx.actor.orgId, id);
  if (!goal) throw notFound('No such goal');
  const relation = await goalRelation(ctx, goal);
  if (!relation) throw notFound('No such goal');
  return { goal, relation };
}

/**
 * The goal, for those who change it: a person's goal by its owner only (a leader or a shared reader
 * reads it); a team goal by the team's members and its nearest leader(s) (policy/team-content.ts).
 */
export async function loadWritableGoal(ctx: SignedInContext, id: string): Promise<GoalRow> {
  const { goal, relation } = await loadReadableGoal(ctx, id);
  if (goal.subjectTeamId) {
    if (relation !== 'owner' && relation !== 'leader')
      throw new ServiceError('FORBIDDEN', 'Only the team and its leaders change a team goal');
    return goal;
  }
  if (relation !== 'owner' || goal.subjectPersonId !== ctx.actor.personId) {
    throw new ServiceError('FORBIDDEN', 'Only the goal’s owner may change it');
  }
  return goal;
}

/** The goal, for its owner only: a leader or a shared reader may read it but not change it. */
export async function loadOwnGoal(ctx: SignedInContext, id: string): Promise<GoalRow> {
  const { goal, relation } = await loadReadableGoal(ctx, id);
  if (relation !== 'owner' || goal.subjectPersonId !== ctx.actor.personId) {
    throw new ServiceError('FORBIDDEN', 'Only the goal’s owner may change it');
  }
  return goal;
}

export function presentGoal(g: GoalRow): Goal {
  return {
    id: g.id,
    title: g.title,
    why: g.why,
    progressSigns: g.progressSigns,
    source: g.source,
    status: g.status,
    statusReason: g.statusReason,
    frameItem:
      g.frameItemId && g.frameItemTitle !== null ? { id: g.frameItemId, title: g.frameItemTitle } : null,
    createdAt: new Date(g.createdAt).toISOString(),
    updatedAt: new Date(g.updatedAt).toISOString(),
    version: g.version,
  };
}

/**
 * 409 too_many_in_focus, carrying the goals in focus so the client can ask which one to put aside.
 */
export class TooManyInFocusError extends ServiceError {
  constructor(readonly inFocus: { id: string; title: string }[]) {
    super('CONFLICT', 'Two goals are in focus already; choose one to put aside', 'too_many_in_focus');
  }

  override toBody() {
    const body = super.toBody();
    return { ...body, error: { ...body.error, inFocus: this.inFocus } };
  }
}
