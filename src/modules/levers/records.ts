import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound, ServiceError } from '../../server/http/errors.js';
import { people, teams, units } from '../org/schema.js';
import { leverActions, leverPlanLevers, leverPlans } from './schema.js';
import { scopeAccess, type PlanAccess, type PlanScope } from './access.js';
import { LEVER_KEYS, type ActionStatus, type LeverKey } from './constants.js';
import type { ActionCounts, LeverAction, Plan, PlanHead, ScopeRef } from './answers.js';
import { localDay } from '../../shared/time.js';

// Loading, access and presentation of lever plans and their actions, shared by the services.

export type PlanRow = typeof leverPlans.$inferSelect;
export type ActionRow = typeof leverActions.$inferSelect;

export const scopeOf = (plan: Pick<PlanRow, 'unitId' | 'teamId'>): PlanScope =>
  plan.unitId ? { unitId: plan.unitId } : { teamId: plan.teamId! };

export async function loadPlan(db: Db, orgId: string, id: string): Promise<PlanRow | undefined> {
  const [plan] = await db
    .select()
    .from(leverPlans)
    .where(and(eq(leverPlans.orgId, orgId), eq(leverPlans.id, id)));
  return plan;
}

/** The plan and how the actor stands to it; 404 unless they may read it (or edit it, with `edit`). */
export async function loadPlanFor(
  ctx: SignedInContext,
  id: string,
  need: 'read' | 'edit',
): Promise<{ plan: PlanRow; access: PlanAccess }> {
  const plan = await loadPlan(ctx.db, ctx.actor.orgId, id);
  if (!plan) throw notFound('No such plan');
  const access = await scopeAccess(ctx, scopeOf(plan));
  if (!access.read) throw notFound('No such plan');
  // Readers who may not edit learn that they may not (the plan is theirs to see), not that it is missing.
  if (need === 'edit' && !access.edit)
    throw new ServiceError('FORBIDDEN', 'Only the plan’s leaders may change it');
  return { plan, access };
}

async function scopeName(db: Db, orgId: string, plan: Pick<PlanRow, 'unitId' | 'teamId'>) {
  if (plan.unitId) {
    const [u] = await db
      .select({ name: units.name })
      .from(units)
      .where(and(eq(units.orgId, orgId), eq(units.id, plan.unitId)));
    return { type: 'unit' as const, id: plan.unitId, name: u?.name ?? '' };
  }
  const [tm] = await db
    .select({ name: teams.name })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, plan.teamId!)));
  return { type: 'team' as const, id: plan.teamId!, name: tm?.name ?? '' };
}

export const actionColumns = {
  id: leverActions.id,
  planId: leverActions.planId,
  planLeverId: leverActions.planLeverId,
  lever: leverPlanLevers.lever,
  text: leverActions.text,
  ownerId: leverActions.ownerId,
  ownerName: people.name,
  dueDate: leverActions.dueDate,
  status: leverActions.status,
  followUp: leverActions.followUp,
  doneOn: leverActions.doneOn,
  version: leverActions.version,
  updatedAt: leverActions.updatedAt,
};

/** Actions with their lever and owner's name; every caller filters by the organisation. */
export function selectActions(db: Db) {
  return db
    .select(actionColumns)
    .from(leverActions)
    .innerJoin(
      leverPlanLevers,
      and(eq(leverPlanLevers.orgId, leverActions.orgId), eq(leverPlanLevers.id, leverActions.planLeverId)),
    )
    .innerJoin(people, and(eq(people.orgId, leverActions.orgId), eq(people.id, leverActions.ownerId)))
    .$dynamic();
}

interface ActionSelect {
  id: string;
  planId: string;
  planLeverId: string;
  lever: LeverKey;
  text: string;
  ownerId: string;
  ownerName: string;
  dueDate: string;
  status: ActionStatus;
  followUp: string | null;
  doneOn: string | null;
  version: number;
}

export function presentAction(
  a: ActionSelect,
  today: string,
  actorId: string,
  canEditPlan: boolean,
): LeverAction {
  return {
    id: a.id,
    planId: a.planId,
    planLeverId: a.planLeverId,
    lever: a.lever,
    text: a.text,
    owner: { id: a.ownerId, name: a.ownerName },
    dueDate: a.dueDate,
    status: a.status,
    followUp: a.followUp,
    doneOn: a.doneOn,
    overdue: a.status === 'open' && a.dueDate < today,
    version: a.version,
    can: { edit: canEditPlan, followUp: canEditPlan || a.ownerId === actorId },
  };
}

/** One action as the actor sees it, in a plan they may read (or own an action of). */
export async function presentActionById(
  ctx: SignedInContext,
  id: string,
  canEditPlan: boolean,
): Promise<LeverAction> {
  const [row] = await selectActions(ctx.db).where(
    and(eq(leverActions.orgId, ctx.actor.orgId), eq(leverActions.id, id)),
  );
  if (!row) throw notFound('No such action');
  return presentAction(row, localDay(ctx.now()), ctx.actor.personId, canEditPlan);
}

/** The whole plan: its levers in toolbox order, each with its actions by due date. */
export async function presentPlan(ctx: SignedInContext, plan: PlanRow, access: PlanAccess): Promise<Plan> {
  const orgId = ctx.actor.orgId;
  const today = localDay(ctx.now());
  const levers = await ctx.db
    .select({ id: leverPlanLevers.id, lever: leverPlanLevers.lever, aim: leverPlanLevers.aim })
    .from(leverPlanLevers)
    .where(and(eq(leverPlanLevers.orgId, orgId), eq(leverPlanLevers.planId, plan.id)));
  const actions = await selectActions(ctx.db)
    .where(and(eq(leverActions.orgId, orgId), eq(leverActions.planId, plan.id)))
    .orderBy(asc(leverActions.dueDate), asc(leverActions.createdAt), asc(leverActions.id));
  const views = actions.map((a) => presentAction(a, today, ctx.actor.personId, access.edit));
  levers.sort((a, b) => LEVER_KEYS.indexOf(a.lever) - LEVER_KEYS.indexOf(b.lever));
  return {
    ...presentPlanHead(plan, await scopeName(ctx.db, orgId, plan), access),
    levers: levers.map((l) => ({ ...l, actions: views.filter((a) => a.planLeverId === l.id) })),
    counts: countsOf(views),
  };
}

export function presentPlanHead(plan: PlanRow, scope: ScopeRef, access: PlanAccess): PlanHead {
  return {
    id: plan.id,
    scope,
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    version: plan.version,
    updatedAt: new Date(plan.updatedAt).toISOString(),
    can: { edit: access.edit },
  };
}

export function countsOf(actions: readonly { status: string; overdue: boolean }[]): ActionCounts {
  return {
    open: actions.filter((a) => a.status === 'open').length,
    done: actions.filter((a) => a.status === 'done').length,
    overdue: actions.filter((a) => a.overdue).length,
  };
}

/** The number of open, done and overdue actions of each plan. */
export async function countsByPlan(db: Db, orgId: string, planIds: string[], today: string) {
  const result = new Map<string, ActionCounts>(planIds.map((id) => [id, { open: 0, done: 0, overdue: 0 }]));
  if (planIds.length === 0) return result;
  const rows = await db
    .select({
      planId: leverActions.planId,
      open: sql<number>`count(*) filter (where ${leverActions.status} = 'open')::int`,
      done: sql<number>`count(*) filter (where ${leverActions.status} = 'done')::int`,
      overdue: sql<number>`count(*) filter (where ${leverActions.status} = 'open' and ${leverActions.dueDate} < ${today})::int`,
    })
    .from(leverActions)
    .where(and(eq(leverActions.orgId, orgId), inArray(leverActions.planId, planIds)))
    .groupBy(leverActions.planId);
  for (const r of rows) result.set(r.planId, { open: r.open, done: r.done, overdue: r.overdue });
  return result;
}

/** Marks a plan changed (its actions and levers change without a new plan version). */
export async function touchPlan(ctx: SignedInContext, planId: string) {
  await ctx.db
    .update(leverPlans)
    .set({ updatedAt: ctx.now() })
    .where(and(eq(leverPlans.orgId, ctx.actor.orgId), eq(leverPlans.id, planId)));
}
