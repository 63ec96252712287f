import type { SignedInContext } from '../../../server/http/context.js';
import type { Db } from '../../../server/db/client.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { notFound } from '../../../server/http/errors.js';
import {
  inquiryHistory,
  loadInquiry,
  saveInquiry,
  type InquirySaveInput,
  type InquirySaved,
} from '../../inquiry/index.js';
import { loadTeamRow } from '../records.js';
import type { InquiryHistoryAnswer } from '../answers.js';

/*
 * A trial and a data work are both a team's row holding an inquiry. Saving one is the same step
 * for both: load the row through the team's access, lock its inquiry, merge the save field by
 * field on the inquiry engine, and audit what changed. Reading one and its history are the same
 * too. Only the kind of row, its names and how it is presented differ.
 */

type TeamInquiryRow = { id: string; teamId: string; inquiryId: string };

interface TeamInquiryKind<R> {
  form: 'trial_action' | 'data_work';
  entityType: 'quality_trial' | 'quality_data_work';
  /** The audit action written when the save changed something. */
  action: string;
  load: (id: string) => (db: Db, orgId: string) => Promise<R | undefined>;
}

/** Merges a save into a team row's inquiry, in the caller's transaction; 404 when the row is not the actor's to see. */
async function saveTeamInquiry<R extends TeamInquiryRow>(
  tx: SignedInContext,
  kind: TeamInquiryKind<R>,
  input: InquirySaveInput & { id: string },
): Promise<{ row: R; result: InquirySaved }> {
  const { row } = await loadTeamRow(tx, kind.load(input.id));
  const inquiry = await loadInquiry(tx.db, tx.actor.orgId, row.inquiryId, kind.form, true);
  if (!inquiry) throw notFound('Not found');
  const result = await saveInquiry(tx, inquiry, input);
  if (result.changed)
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId: tx.actor.orgId },
      {
        action: kind.action,
        entityType: kind.entityType,
        entityId: row.id,
        details: {
          version: result.row.version,
          fields: result.saved.map((s) => `${s.phase}.${s.field}`),
          conflicts: result.conflicts.map((c) => `${c.phase}.${c.field}`),
        },
      },
    );
  return { row, result };
}

/**
 * The read, the save and the history of one kind of team inquiry row, each taking `({ ctx, input })`
 * as the other services do; `present` turns a row into the kind's answer.
 */
export function teamInquiryServices<R extends TeamInquiryRow, A>(
  kind: TeamInquiryKind<R>,
  present: (ctx: SignedInContext, row: R) => Promise<A>,
) {
  return {
    get: async ({ ctx, input }: { ctx: SignedInContext; input: { id: string } }): Promise<A> => {
      const { row } = await loadTeamRow(ctx, kind.load(input.id));
      return present(ctx, row);
    },
    save: ({ ctx, input }: { ctx: SignedInContext; input: InquirySaveInput & { id: string } }) =>
      inTransaction(ctx, async (tx) => {
        const { row, result } = await saveTeamInquiry(tx, kind, input);
        return { ...(await present(tx, row)), saved: result.saved, conflicts: result.conflicts };
      }),
    history: async ({
      ctx,
      input,
    }: {
      ctx: SignedInContext;
      input: { id: string };
    }): Promise<InquiryHistoryAnswer> => {
      const { row } = await loadTeamRow(ctx, kind.load(input.id));
      return { revisions: await inquiryHistory(ctx.db, ctx.actor.orgId, row.inquiryId) };
    },
  };
}
