import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, forbidden } from '../../../server/http/errors.js';
import { isOrgAdmin } from '../../../server/policy/actor.js';
import { DEFAULT_THRESHOLD, THRESHOLD_FLOOR } from '../constants.js';
import { surveySettings } from '../../surveys/schema.js';
import type { ThresholdInput } from '../validation.js';
import type { SurveySettingsAnswer } from '../answers.js';

async function present(db: Db, orgId: string) {
  const [row] = await db.select().from(surveySettings).where(eq(surveySettings.orgId, orgId));
  return {
    threshold: Math.max(row?.threshold ?? DEFAULT_THRESHOLD, THRESHOLD_FLOOR),
    version: row?.version ?? 0,
    floor: THRESHOLD_FLOOR,
  };
}

/** GET /survey-settings: anyone signed in may know from how many answers results show. */
export async function getSurveySettings({ ctx }: { ctx: SignedInContext }): Promise<SurveySettingsAnswer> {
  return { settings: { ...(await present(ctx.db, ctx.actor.orgId)), can: { edit: isOrgAdmin(ctx.actor) } } };
}

/** PUT /survey-settings: an org admin sets the threshold, against the version read (0: never set). */
export async function setThreshold({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ThresholdInput;
}): Promise<SurveySettingsAnswer> {
  if (!isOrgAdmin(ctx.actor)) throw forbidden('Only an organisation admin sets the anonymity threshold');
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    let changed: { orgId: string }[];
    if (input.version === 0) {
      changed = await tx.db
        .insert(surveySettings)
        .values({ orgId, threshold: input.threshold, updatedAt: ctx.now() })
        .onConflictDoNothing()
        .returning({ orgId: surveySettings.orgId });
    } else {
      changed = await tx.db
        .update(surveySettings)
        .set({
          threshold: input.threshold,
          version: sql`${surveySettings.version} + 1`,
          updatedAt: ctx.now(),
        })
        .where(and(eq(surveySettings.orgId, orgId), eq(surveySettings.version, input.version)))
        .returning({ orgId: surveySettings.orgId });
    }
    if (changed.length === 0) throw conflict('Someone else changed the threshold meanwhile', 'stale_version');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'survey.threshold_set',
        entityType: 'survey_settings',
        entityId: orgId,
        details: { threshold: input.threshold },
      },
    );
    return { settings: { ...(await present(tx.db, orgId)), can: { edit: true } } };
  });
}
