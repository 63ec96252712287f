import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid, notFound, ServiceError } from '../../../server/http/errors.js';
import { leverActions, leverPlanLevers } from '../schema.js';
import { possibleOwners, scopeAccess } from '../access.js';
import { loadPlan, loadPlanFor, presentActionById, scopeOf, touchPlan, type PlanRow } from '../records.js';
import { LEVER_LIMITS, type CreateActionInput, type UpdateActionInput } from '../validation.js';
import type { LeverAction, LeverActionAnswer } from '../answers.js';
import type { OkAnswer } from '../../../shared/answers.js';
import { localDay } from '../../../shared/time.js';

/** 409 stale_version with the stored action, so a follow-up written meanwhile is not lost. */
export class StaleActionError extends ServiceError {
  constructor(readonly current: LeverAction) {
    super('CONFLICT', 'Someone else changed the action meanwhile', 'stale_version');
  }

  override toBody() {
    const body = super.toBody();
    return { ...body, error: { ...body.error, current: this.current } };
  }
}

async function assertOwner(ctx: SignedInContext, plan: PlanRow, ownerId: string) {
  const owners = await possibleOwners(ctx.db, ctx.actor.orgId, scopeOf(plan));
  if (!owners.some((o) => o.id === ownerId)) {
    throw invalid('The owner must be one of the unit’s or team’s people', 'lever_owner_outside', [
      { path: 'ownerId', message: 'Not in the unit or team' },
    ]);
  }
}

const audit = (ctx: SignedInContext, planId: string, action: string, details: Record<string, unknown>) =>
  writeAudit(
    ctx.db,
    { actor: ctx.actor, orgId: ctx.actor.orgId },
    { action, entityType: 'lever_plan', entityId: planId, details },
  );

/** POST /lever-plans/{id}/actions: a concrete action under a picked lever, with its owner and date. */
export async function createAction({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateActionInput & { planId: string };
}): Promise<LeverActionAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { plan } = await loadPlanFor(tx, input.planId, 'edit');
    const [lever] = await tx.db
      .select({ id: leverPlanLevers.id, lever: leverPlanLevers.lever })
      .from(leverPlanLevers)
      .where(
        and(
          eq(leverPlanLevers.orgId, orgId),
          eq(leverPlanLevers.planId, plan.id),
          eq(leverPlanLevers.id, input.planLeverId),
        ),
      );
    if (!lever)
      throw invalid('Pick a lever of this plan', undefined, [
        { path: 'planLeverId', message: 'Not in the plan' },
      ]);
    await assertOwner(tx, plan, input.ownerId);
    const [stats] = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(leverActions)
      .where(and(eq(leverActions.orgId, orgId), eq(leverActions.planId, plan.id)));
    if ((stats?.n ?? 0) >= LEVER_LIMITS.actionsPerPlan)
      throw invalid(`A plan has at most ${LEVER_LIMITS.actionsPerPlan} actions`);
    const [row] = await tx.db
      .insert(leverActions)
      .values({
        orgId,
        planId: plan.id,
        planLeverId: lever.id,
        text: input.text,
        ownerId: input.ownerId,
        dueDate: input.dueDate,
        createdBy: ctx.actor.personId,
      })
      .returning({ id: leverActions.id });
    await touchPlan(tx, plan.id);
    await audit(tx, plan.id, 'lever_action.created', {
      actionId: row!.id,
      lever: lever.lever,
      ownerId: input.ownerId,
    });
    return { action: await presentActionById(tx, row!.id, true) };
  });
}

/** An action and how the actor stands to it: its plan's editors, its owner, or 404. */
async function loadActionFor(ctx: SignedInContext, id: string) {
  const orgId = ctx.actor.orgId;
  const [action] = await ctx.db
    .select()
    .from(leverActions)
    .where(and(eq(leverActions.orgId, orgId), eq(leverActions.id, id)));
  if (!action) throw notFound('No such action');
  const plan = (await loadPlan(ctx.db, orgId, action.planId))!;
  const access = await scopeAccess(ctx, scopeOf(plan));
  const owns = action.ownerId === ctx.actor.personId;
  if (!access.read && !owns) throw notFound('No such action');
  return { action, plan, access, owns };
}

/**
 * PATCH /lever-actions/{id}: the plan's editors change anything; the owner follows up (status and
 * note). Against the version the client read: a stale one is 409 with the stored action.
 */
export async function updateAction({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateActionInput & { id: string };
}): Promise<LeverActionAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  return inTransaction(ctx, async (tx) => {
    const { action, plan, access, owns } = await loadActionFor(tx, id);
    if (!access.edit && !owns)
      throw new ServiceError('FORBIDDEN', 'Only the plan’s editors and the action’s owner may change it');
    const fields = Object.entries(changes)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    if (!access.edit && fields.some((f) => f !== 'status' && f !== 'followUp')) {
      throw new ServiceError('FORBIDDEN', 'The owner may only follow up on the action');
    }
    if (action.version !== version) throw new StaleActionError(await presentActionById(tx, id, access.edit));
    if (changes.ownerId !== undefined && changes.ownerId !== action.ownerId)
      await assertOwner(tx, plan, changes.ownerId);
    const set: Partial<typeof leverActions.$inferInsert> = {};
    if (changes.text !== undefined) set.text = changes.text;
    if (changes.ownerId !== undefined) set.ownerId = changes.ownerId;
    if (changes.dueDate !== undefined) set.dueDate = changes.dueDate;
    if (changes.followUp !== undefined) set.followUp = changes.followUp;
    if (changes.status !== undefined && changes.status !== action.status) {
      set.status = changes.status;
      set.doneOn = changes.status === 'done' ? localDay(tx.now()) : null;
    }
    const [saved] = await tx.db
      .update(leverActions)
      .set({ ...set, version: sql`${leverActions.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(leverActions.orgId, orgId), eq(leverActions.id, id), eq(leverActions.version, version)))
      .returning({ id: leverActions.id });
    if (!saved) throw new StaleActionError(await presentActionById(tx, id, access.edit));
    await touchPlan(tx, plan.id);
    const done =
      set.status === 'done'
        ? 'lever_action.done'
        : set.status === 'open'
          ? 'lever_action.reopened'
          : 'lever_action.updated';
    await audit(tx, plan.id, done, { actionId: id, fields });
    return { action: await presentActionById(tx, id, access.edit) };
  });
}

/** DELETE /lever-actions/{id}: the plan's editors take an action out. */
export async function deleteAction({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { action, plan, access } = await loadActionFor(tx, input.id);
    if (!access.edit) throw new ServiceError('FORBIDDEN', 'Only the plan’s editors may remove an action');
    await tx.db
      .delete(leverActions)
      .where(and(eq(leverActions.orgId, orgId), eq(leverActions.id, action.id)));
    await touchPlan(tx, plan.id);
    await audit(tx, plan.id, 'lever_action.deleted', { actionId: action.id });
    return { ok: true as const };
  });
}
