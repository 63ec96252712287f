import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import { leverPlanLevers } from '../schema.js';
import { loadPlanFor, presentPlan, touchPlan } from '../records.js';
import type { AddLeverInput } from '../validation.js';
import type { PlanAnswer } from '../answers.js';

// Levers are picked into and taken out of a plan one at a time; each answer is the whole plan.

/** POST /lever-plans/{id}/levers: pick a lever (each once per plan) with what it should give. */
export async function addLever({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AddLeverInput & { planId: string };
}): Promise<PlanAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { plan, access } = await loadPlanFor(tx, input.planId, 'edit');
    const [existing] = await tx.db
      .select({ id: leverPlanLevers.id })
      .from(leverPlanLevers)
      .where(
        and(
          eq(leverPlanLevers.orgId, orgId),
          eq(leverPlanLevers.planId, plan.id),
          eq(leverPlanLevers.lever, input.lever),
        ),
      );
    if (existing) throw conflict('The lever is already in the plan', 'lever_in_plan');
    const [row] = await tx.db
      .insert(leverPlanLevers)
      .values({ orgId, planId: plan.id, lever: input.lever, aim: input.aim ?? null })
      .returning({ id: leverPlanLevers.id });
    await touchPlan(tx, plan.id);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'lever_plan.lever_added',
        entityType: 'lever_plan',
        entityId: plan.id,
        details: { planLeverId: row!.id, lever: input.lever },
      },
    );
    return { plan: await presentPlan(tx, plan, access) };
  });
}

/** PATCH /lever-plans/{id}/levers/{leverId}: reword what the lever should give. */
export async function updateLever({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { planId: string; leverId: string; aim?: string | null | undefined };
}): Promise<PlanAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { plan, access } = await loadPlanFor(tx, input.planId, 'edit');
    const [row] = await tx.db
      .update(leverPlanLevers)
      .set({ aim: input.aim ?? null })
      .where(
        and(
          eq(leverPlanLevers.orgId, orgId),
          eq(leverPlanLevers.planId, plan.id),
          eq(leverPlanLevers.id, input.leverId),
        ),
      )
      .returning({ lever: leverPlanLevers.lever });
    if (!row) throw notFound('No such lever in the plan');
    await touchPlan(tx, plan.id);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'lever_plan.lever_updated',
        entityType: 'lever_plan',
        entityId: plan.id,
        details: { planLeverId: input.leverId, lever: row.lever, fields: ['aim'] },
      },
    );
    return { plan: await presentPlan(tx, plan, access) };
  });
}

/** DELETE /lever-plans/{id}/levers/{leverId}: take a lever out, with its actions. */
export async function removeLever({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { planId: string; leverId: string };
}): Promise<PlanAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { plan, access } = await loadPlanFor(tx, input.planId, 'edit');
    const [row] = await tx.db
      .delete(leverPlanLevers)
      .where(
        and(
          eq(leverPlanLevers.orgId, orgId),
          eq(leverPlanLevers.planId, plan.id),
          eq(leverPlanLevers.id, input.leverId),
        ),
      )
      .returning({ lever: leverPlanLevers.lever });
    if (!row) throw notFound('No such lever in the plan');
    await touchPlan(tx, plan.id);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'lever_plan.lever_removed',
        entityType: 'lever_plan',
        entityId: plan.id,
        details: { planLeverId: input.leverId, lever: row.lever },
      },
    );
    return { plan: await presentPlan(tx, plan, access) };
  });
}
