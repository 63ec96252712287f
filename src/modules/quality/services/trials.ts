import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import type { Db } from '../../../server/db/client.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { createTeamInquiry, loadInquiry, presentInquiry } from '../../inquiry/index.js';
import { teamInquiryServices } from './team-inquiry.js';
import { qualityTrials, qualityWorkItems } from '../schema.js';
import {
  loadTeamRow,
  measureById,
  measureRefs,
  presentTrialSummary,
  teamRef,
  trialById,
  workItemById,
  type TrialRow,
} from '../records.js';
import type { ConcludeTrialInput, CreateTrialInput } from '../validation.js';
import type { TrialAnswer } from '../answers.js';

const TRIAL_INQUIRY = {
  form: 'trial_action',
  entityType: 'quality_trial',
  action: 'quality.trial_saved',
  load: trialById,
} as const;

/** POST /quality/actions/{id}/trials: a trial action testing an improvement action, its PDSA cycle empty. */
export async function createTrial({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateTrialInput & { id: string };
}): Promise<TrialAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { row: action } = await loadTeamRow(tx, workItemById(input.id));
    if (action.level !== 'improvement_action') throw notFound('No such improvement action');
    await assertTeamMeasure(tx, action.teamId, input.measureId);
    const inquiry = await createTeamInquiry(tx, 'trial_action', action.teamId);
    const orgId = tx.actor.orgId;
    const [trial] = await tx.db
      .insert(qualityTrials)
      .values({
        orgId,
        teamId: action.teamId,
        actionId: action.id,
        inquiryId: inquiry.id,
        title: input.title,
        startedOn: input.startedOn,
        measureId: input.measureId,
        createdBy: tx.actor.personId,
        createdAt: tx.now(),
      })
      .returning();
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'quality.trial_created',
        entityType: 'quality_trial',
        entityId: trial!.id,
        details: { teamId: action.teamId, actionId: action.id },
      },
    );
    return presentTrial(tx, trial!);
  });
}

/** A measure linked to a trial or a data work must be the team's own (else a 400 on the field). */
export async function assertTeamMeasure(
  tx: SignedInContext,
  teamId: string,
  measureId: string | null,
  path = 'measureId',
) {
  if (!measureId) return;
  const measure = await measureById(measureId)(tx.db, tx.actor.orgId);
  if (!measure || measure.teamId !== teamId)
    throw invalid('No such measure on this team', undefined, [
      { path, message: 'No such measure on this team' },
    ]);
}

const trialServices = teamInquiryServices(TRIAL_INQUIRY, presentTrial);

/** GET /quality/trials/{id} */
export const getTrial = trialServices.get;

/**
 * PATCH /quality/trials/{id}: the PDSA fields merged field by field on the inquiry engine — two
 * people writing the same trial at once both keep their text; a field both changed comes back as
 * a conflict beside the fields that were saved.
 */
export const saveTrial = trialServices.save;

/** GET /quality/trials/{id}/history */
export const trialHistory = trialServices.history;

/**
 * PUT /quality/trials/{id}/conclusion: what the data showed and what the team decided. "No
 * improvement" is recorded as the result it is — the team learned that this change does not
 * help here — not as a failure to hide.
 */
export async function concludeTrial({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ConcludeTrialInput & { id: string };
}): Promise<TrialAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { row: trial } = await loadTeamRow(tx, lockedTrialById(input.id));
    if (input.seen !== undefined) {
      const now = trial.outcome && trial.conclusion ? `${trial.outcome}/${trial.conclusion}` : null;
      const seen = input.seen ? `${input.seen.outcome}/${input.seen.conclusion}` : null;
      const wanted = `${input.outcome}/${input.conclusion}`;
      if (now !== seen && now !== wanted)
        throw conflict('Someone else concluded the trial meanwhile', 'stale_version');
    }
    const orgId = tx.actor.orgId;
    const [updated] = await tx.db
      .update(qualityTrials)
      .set({ outcome: input.outcome, conclusion: input.conclusion, concludedAt: tx.now() })
      .where(and(eq(qualityTrials.orgId, orgId), eq(qualityTrials.id, trial.id)))
      .returning();
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'quality.trial_concluded',
        entityType: 'quality_trial',
        entityId: trial.id,
        details: { outcome: input.outcome, conclusion: input.conclusion },
      },
    );
    return presentTrial(tx, updated!);
  });
}

/** The trial row locked for the transaction, so two conclusions in flight are decided one after the other. */
const lockedTrialById = (id: string) => async (db: Db, orgId: string) =>
  (
    await db
      .select()
      .from(qualityTrials)
      .where(and(eq(qualityTrials.orgId, orgId), eq(qualityTrials.id, id)))
      .for('update')
  )[0];

async function presentTrial(ctx: SignedInContext, trial: TrialRow): Promise<TrialAnswer> {
  const orgId = ctx.actor.orgId;
  const inquiry = await loadInquiry(ctx.db, orgId, trial.inquiryId, 'trial_action');
  if (!inquiry) throw notFound('No such trial');
  const [action] = await ctx.db
    .select()
    .from(qualityWorkItems)
    .where(and(eq(qualityWorkItems.orgId, orgId), eq(qualityWorkItems.id, trial.actionId)));
  const [point] = await ctx.db
    .select()
    .from(qualityWorkItems)
    .where(and(eq(qualityWorkItems.orgId, orgId), eq(qualityWorkItems.id, action!.parentId!)));
  const measures = await measureRefs(ctx.db, orgId, trial.teamId);
  const measureName = measures.find((m) => m.id === trial.measureId)?.name ?? null;
  return {
    trial: {
      ...presentTrialSummary(trial, inquiry, measureName),
      concludedAt: trial.concludedAt ? new Date(trial.concludedAt).toISOString() : null,
      team: await teamRef(ctx, trial.teamId),
      point: { id: point!.id, title: point!.title },
      action: { id: action!.id, title: action!.title },
    },
    inquiry: presentInquiry(inquiry),
    measures,
    can: { edit: true },
  };
}
