import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict } from '../../../server/http/errors.js';
import { THRESHOLD_FLOOR, thresholdsOf } from '../engine/thresholds.js';
import { surveySettings } from '../schema.js';
import type { ThresholdsInput } from '../validation.js';
import type { ThresholdsAnswer } from '../answers.js';

/** GET /surveys/settings: both thresholds. A round keeps those in force when it opened. */
export async function getThresholds({ ctx }: { ctx: SignedInContext }): Promise<ThresholdsAnswer> {
  return { settings: { ...(await thresholdsOf(ctx.db, ctx.actor.orgId)), floor: THRESHOLD_FLOOR } };
}

/**
 * PUT /surveys/settings: HR sets the thresholds for scores and comments. Lowering them reaches only
 * rounds opened afterwards: an open or closed round keeps its own (survey_rounds.threshold).
 */
export async function setThresholds({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ThresholdsInput;
}): Promise<ThresholdsAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const values = {
      threshold: input.threshold,
      commentThreshold: input.commentThreshold,
      updatedAt: ctx.now(),
    };
    const changed =
      input.version === 0
        ? await tx.db
            .insert(surveySettings)
            .values({ orgId, ...values })
            .onConflictDoNothing()
            .returning()
        : await tx.db
            .update(surveySettings)
            .set({ ...values, version: sql`${surveySettings.version} + 1` })
            .where(and(eq(surveySettings.orgId, orgId), eq(surveySettings.version, input.version)))
            .returning();
    if (changed.length === 0)
      throw conflict('Someone else changed the thresholds meanwhile', 'stale_version');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'survey.threshold_set',
        entityType: 'survey_settings',
        entityId: orgId,
        details: { threshold: input.threshold, commentThreshold: input.commentThreshold },
      },
    );
    return { settings: { ...(await thresholdsOf(tx.db, orgId)), floor: THRESHOLD_FLOOR } };
  });
}
