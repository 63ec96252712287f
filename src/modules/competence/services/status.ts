import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict } from '../../../server/http/errors.js';
import { initiativeRevisions, initiatives } from '../schema.js';
import { STATUS_MOVES } from '../constants.js';
import { initiativeDetail, loadEditableInitiative } from '../records.js';
import type { StatusInput } from '../validation.js';
import type { InitiativeAnswer } from '../answers.js';

/** POST /initiatives/{id}/status: one step draft → running → anchored → closed (or one back), kept in the history. */
export async function changeStatus({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: StatusInput & { id: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { actor } = tx;
    const orgId = actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    if (row.status !== input.to) {
      if (!STATUS_MOVES[row.status].includes(input.to))
        throw conflict(
          `An initiative that is ${row.status} cannot become ${input.to}`,
          'initiative_status_step',
        );
      const version = row.version + 1;
      await tx.db
        .update(initiatives)
        .set({ status: input.to, version, updatedAt: tx.now() })
        .where(and(eq(initiatives.orgId, orgId), eq(initiatives.id, row.id)));
      await tx.db.insert(initiativeRevisions).values({
        orgId,
        initiativeId: row.id,
        version,
        actorId: actor.personId,
        changes: { fields: [], status: { from: row.status, to: input.to } },
        at: tx.now(),
      });
      await writeAudit(
        tx.db,
        { actor, orgId },
        {
          action: 'initiative.status_changed',
          entityType: 'initiative',
          entityId: row.id,
          details: { from: row.status, to: input.to },
        },
      );
    }
    const fresh = await loadEditableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
  });
}
