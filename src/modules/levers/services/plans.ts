import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid, notFound, ServiceError } from '../../../server/http/errors.js';
import { auditEvents } from '../../../server/audit/schema.js';
import { people } from '../../org/schema.js';
import { leverPlanLevers, leverPlans } from '../schema.js';
import { possibleOwners, scopeAccess } from '../access.js';
import { loadPlanFor, presentPlan, scopeOf } from '../records.js';
import type { CreatePlanInput, UpdatePlanInput } from '../validation.js';
import type { Plan, PlanAnswer, PlanDetailAnswer, PlanHistoryAnswer } from '../answers.js';
import type { OkAnswer } from '../../../shared/answers.js';
import { LEVER_KEYS, type LeverKey } from '../constants.js';

/** 409 stale_version with the stored plan, so the client can show what changed before saving again. */
export class StalePlanError extends ServiceError {
  constructor(readonly current: Plan) {
    super('CONFLICT', 'Someone else changed the plan meanwhile', 'stale_version');
  }

  override toBody() {
    const body = super.toBody();
    return { ...body, error: { ...body.error, current: this.current } };
  }
}

/** POST /lever-plans: a plan for a unit the actor leads (or a unit below) or for a team of theirs. */
export async function createPlan({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreatePlanInput;
}): Promise<PlanAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const scope = input.unitId ? { unitId: input.unitId } : { teamId: input.teamId! };
    const access = await scopeAccess(tx, scope);
    if (!access.edit) throw notFound(input.unitId ? 'No such unit' : 'No such team');
    const [created] = await tx.db
      .insert(leverPlans)
      .values({
        orgId,
        unitId: input.unitId ?? null,
        teamId: input.teamId ?? null,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        createdBy: ctx.actor.personId,
      })
      .returning();
    const levers = input.levers ?? [];
    if (levers.length)
      await tx.db
        .insert(leverPlanLevers)
        .values(levers.map((lever) => ({ orgId, planId: created!.id, lever })));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'lever_plan.created',
        entityType: 'lever_plan',
        entityId: created!.id,
        details: { ...scope, levers },
      },
    );
    return { plan: await presentPlan(tx, created!, access) };
  });
}

/** GET /lever-plans/{id}: the plan with its levers and actions, and who may own an action. */
export async function getPlan({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<PlanDetailAnswer> {
  const { plan, access } = await loadPlanFor(ctx, input.id, 'read');
  const owners = access.edit ? await possibleOwners(ctx.db, ctx.actor.orgId, scopeOf(plan)) : [];
  return { plan: await presentPlan(ctx, plan, access), owners };
}

/** PATCH /lever-plans/{id}: title and period, against the version the client read. */
export async function updatePlan({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdatePlanInput & { id: string };
}): Promise<PlanAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  const fields = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return inTransaction(ctx, async (tx) => {
    const { plan, access } = await loadPlanFor(tx, id, 'edit');
    if (plan.version !== version) throw new StalePlanError(await presentPlan(tx, plan, access));
    const start = changes.periodStart ?? plan.periodStart;
    const end = changes.periodEnd ?? plan.periodEnd;
    if (start > end)
      throw invalid('The period ends before it starts', undefined, [
        { path: 'periodEnd', message: 'The period ends before it starts' },
      ]);
    const [saved] = await tx.db
      .update(leverPlans)
      .set({ ...changes, version: sql`${leverPlans.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(leverPlans.orgId, orgId), eq(leverPlans.id, id), eq(leverPlans.version, version)))
      .returning();
    if (!saved) throw new StalePlanError(await presentPlan(tx, plan, access));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      { action: 'lever_plan.updated', entityType: 'lever_plan', entityId: id, details: { fields } },
    );
    return { plan: await presentPlan(tx, saved, access) };
  });
}

/** DELETE /lever-plans/{id}: the plan with its levers and actions. */
export async function deletePlan({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { plan } = await loadPlanFor(tx, input.id, 'edit');
    await tx.db.delete(leverPlans).where(and(eq(leverPlans.orgId, orgId), eq(leverPlans.id, plan.id)));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      { action: 'lever_plan.deleted', entityType: 'lever_plan', entityId: plan.id, details: scopeOf(plan) },
    );
    return { ok: true as const };
  });
}

const HISTORY_MAX = 200;

const isLeverKey = (v: unknown): v is LeverKey => (LEVER_KEYS as readonly unknown[]).includes(v);

/** GET /lever-plans/{id}/history: who changed what and when (ids and field names, newest first). */
export async function planHistory({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<PlanHistoryAnswer> {
  const { plan } = await loadPlanFor(ctx, input.id, 'read');
  const rows = await ctx.db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      actorId: auditEvents.actorId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, ctx.actor.orgId),
        eq(auditEvents.entityType, 'lever_plan'),
        eq(auditEvents.entityId, plan.id),
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(HISTORY_MAX);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((v): v is string => Boolean(v)))];
  const names = actorIds.length
    ? new Map(
        (
          await ctx.db
            .select({ id: people.id, name: people.name })
            .from(people)
            .where(and(eq(people.orgId, ctx.actor.orgId), inArray(people.id, actorIds)))
        ).map((p) => [p.id, p.name]),
      )
    : new Map<string, string>();
  return {
    events: rows.map((r) => {
      const d = r.details ?? {};
      return {
        at: new Date(r.at).toISOString(),
        action: r.action,
        actor: r.actorId ? { id: r.actorId, name: names.get(r.actorId) ?? '' } : null,
        lever: isLeverKey(d.lever) ? d.lever : null,
        actionId: typeof d.actionId === 'string' ? d.actionId : null,
        fields: Array.isArray(d.fields) ? (d.fields as string[]) : [],
      };
    }),
  };
}
