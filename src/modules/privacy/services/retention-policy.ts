import { eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, forbidden } from '../../../server/http/errors.js';
import { isOrgAdmin } from '../../../server/policy/actor.js';
import { RETENTION_DEFAULTS } from '../constants.js';
import { loadRetention, present } from '../records.js';
import { retentionPolicies } from '../schema.js';
import type { RetentionAnswer, RetentionRunAnswer } from '../answers.js';
import { previewRetention } from './retention-run.js';
import type { RetentionSaveInput, RetentionSwitchInput } from '../validation.js';

/** Makes sure the organisation has a row to lock and update. */
async function ensureRow(db: Db, orgId: string) {
  await db
    .insert(retentionPolicies)
    .values({ orgId, ...RETENTION_DEFAULTS })
    .onConflictDoNothing();
}

export async function getRetention({ ctx }: { ctx: SignedInContext }): Promise<RetentionAnswer> {
  assertOrgAdmin(ctx);
  return loadRetention(ctx.db, ctx.actor.orgId);
}

/** Saving new periods switches the rules off until they are previewed again. */
export async function saveRetention({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: RetentionSaveInput;
}): Promise<RetentionAnswer> {
  assertOrgAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    await ensureRow(tx.db, orgId);
    const current = await loadRetention(tx.db, orgId, true);
    if (current.version !== input.version)
      throw conflict('The rules were changed meanwhile', 'stale_version');
    const { version: _version, ...periods } = input;
    const [row] = await tx.db
      .update(retentionPolicies)
      .set({ ...periods, enabled: false, version: current.version + 1, updatedAt: tx.now() })
      .where(eq(retentionPolicies.orgId, orgId))
      .returning();
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      { action: 'retention.saved', entityType: 'retention', entityId: orgId, details: { ...periods } },
    );
    return present(row);
  });
}

/** Switching on needs a preview taken since the rules last changed; switching off never does. */
export async function switchRetention({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: RetentionSwitchInput;
}): Promise<RetentionAnswer> {
  assertOrgAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    await ensureRow(tx.db, orgId);
    const current = await loadRetention(tx.db, orgId, true);
    if (current.version !== input.version)
      throw conflict('The rules were changed meanwhile', 'stale_version');
    const previewed =
      current.previewedAt !== null && current.updatedAt !== null && current.previewedAt >= current.updatedAt;
    if (input.enabled && !previewed)
      throw conflict(
        'Preview what the rules would remove before switching them on',
        'retention_preview_first',
      );
    const [row] = await tx.db
      .update(retentionPolicies)
      .set({ enabled: input.enabled, version: current.version + 1 })
      .where(eq(retentionPolicies.orgId, orgId))
      .returning();
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: input.enabled ? 'retention.enabled' : 'retention.disabled',
        entityType: 'retention',
        entityId: orgId,
      },
    );
    return present(row);
  });
}

/** POST /privacy/retention/preview: what the saved periods would remove today; marks them previewed. */
export async function previewSavedRetention({ ctx }: { ctx: SignedInContext }): Promise<RetentionRunAnswer> {
  assertOrgAdmin(ctx);
  const orgId = ctx.actor.orgId;
  await ensureRow(ctx.db, orgId);
  const { periods } = await loadRetention(ctx.db, orgId);
  return previewRetention(ctx.db, ctx.config, orgId, periods, ctx.now(), ctx.actor);
}

/** Retention rules are the organisation administrators' (HR reads coverage, not deletion). */
export function assertOrgAdmin(ctx: SignedInContext) {
  if (!isOrgAdmin(ctx.actor)) throw forbidden('Only organisation administrators set retention rules');
}
