import type { SignedInContext } from '../../../server/http/context.js';
import type { Db } from '../../../server/db/client.js';
import { writeAudit } from '../../../server/audit/write.js';
import { notFound } from '../../../server/http/errors.js';
import { loadInquiry, saveInquiry, type InquirySaveInput, type InquirySaved } from '../../inquiry/index.js';
import { loadTeamRow } from '../records.js';

/*
 * A trial and a data work are both a team's row holding an inquiry. Saving one is the same step
 * for both: load the row through the team's access, lock its inquiry, merge the save field by
 * field on the inquiry engine, and audit what changed. Only the kind of row and its names differ.
 */

interface TeamInquiryKind<R> {
  form: 'trial_action' | 'data_work';
  entityType: 'quality_trial' | 'quality_data_work';
  /** The audit action written when the save changed something. */
  action: string;
  load: (id: string) => (db: Db, orgId: string) => Promise<R | undefined>;
}

/** Merges a save into a team row's inquiry, in the caller's transaction; 404 when the row is not the actor's to see. */
export async function saveTeamInquiry<R extends { id: string; teamId: string; inquiryId: string }>(
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
