import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import type { Db } from '../../../server/db/client.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { notFound } from '../../../server/http/errors.js';
import { createTeamInquiry, loadInquiry, presentInquiry } from '../../inquiry/index.js';
import { teamInquiryServices } from './team-inquiry.js';
import { loadQualityTeam } from '../access.js';
import { qualityDataWorks } from '../schema.js';
import { measureRefs, measureSummaries, teamRef } from '../records.js';
import { assertTeamMeasure } from './trials.js';
import type { CreateDataWorkInput } from '../validation.js';
import type { DataWorkAnswer } from '../answers.js';

type DataWorkRow = typeof qualityDataWorks.$inferSelect;

const dataWorkById = (id: string) => async (db: Db, orgId: string) =>
  (
    await db
      .select()
      .from(qualityDataWorks)
      .where(and(eq(qualityDataWorks.orgId, orgId), eq(qualityDataWorks.id, id)))
  )[0];

const DATA_WORK_INQUIRY = {
  form: 'data_work',
  entityType: 'quality_data_work',
  action: 'quality.data_work_saved',
  load: dataWorkById,
} as const;

/** POST /quality/teams/{id}/data-work: a learning focus to work on with data, linked to the team's measures. */
export async function createDataWork({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateDataWorkInput & { id: string };
}): Promise<DataWorkAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { team } = await loadQualityTeam(tx, input.id);
    const measureIds = [...new Set(input.measureIds)];
    for (const [i, id] of measureIds.entries()) await assertTeamMeasure(tx, team.id, id, `measureIds.${i}`);
    const inquiry = await createTeamInquiry(tx, 'data_work', team.id);
    const orgId = tx.actor.orgId;
    const [work] = await tx.db
      .insert(qualityDataWorks)
      .values({
        orgId,
        teamId: team.id,
        inquiryId: inquiry.id,
        title: input.title,
        measureIds,
        createdBy: tx.actor.personId,
        createdAt: tx.now(),
      })
      .returning();
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'quality.data_work_created',
        entityType: 'quality_data_work',
        entityId: work!.id,
        details: { teamId: team.id, measures: measureIds.length },
      },
    );
    return presentDataWork(tx, work!);
  });
}

const dataWorkServices = teamInquiryServices(DATA_WORK_INQUIRY, presentDataWork);

/** GET /quality/data-work/{id} */
export const getDataWork = dataWorkServices.get;

/** PATCH /quality/data-work/{id}: merged field by field on the inquiry engine, as a trial is. */
export const saveDataWork = dataWorkServices.save;

/** GET /quality/data-work/{id}/history */
export const dataWorkHistory = dataWorkServices.history;

async function presentDataWork(ctx: SignedInContext, work: DataWorkRow): Promise<DataWorkAnswer> {
  const orgId = ctx.actor.orgId;
  const inquiry = await loadInquiry(ctx.db, orgId, work.inquiryId, 'data_work');
  if (!inquiry) throw notFound('No such data work');
  return {
    dataWork: {
      id: work.id,
      title: work.title,
      team: await teamRef(ctx, work.teamId),
      measures: await measureSummaries(ctx.db, orgId, { ids: work.measureIds }),
    },
    inquiry: presentInquiry(inquiry),
    teamMeasures: await measureRefs(ctx.db, orgId, work.teamId),
    can: { edit: true },
  };
}
