import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid } from '../../../server/http/errors.js';
import { mergeChanges } from '../../inquiry/index.js';
import { initiativeRevisions, initiatives, type InitiativeRevisionChanges } from '../schema.js';
import { initiativeDetail, loadEditableInitiative } from '../records.js';
import type { SaveInitiativeInput } from '../validation.js';
import type { FieldConflict, InitiativeSaveAnswer } from '../answers.js';

/**
 * PATCH /initiatives/{id}: the owners' field changes, merged into what is stored now by the
 * inquiry engine (a field still at the saver's base takes the new text; one someone else changed
 * meanwhile comes back as a conflict, untouched). The title merges the same way. The row lock
 * makes concurrent saves merge one after the other.
 */
export async function saveInitiative({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: SaveInitiativeInput & { id: string };
}): Promise<InitiativeSaveAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { actor } = tx;
    const orgId = actor.orgId;
    const { row, access } = await loadEditableInitiative(tx, input.id, true);
    if (input.baseVersion > row.version) {
      throw invalid('The base version is newer than the initiative', undefined, [
        { path: 'baseVersion', message: `At most ${row.version}` },
      ]);
    }
    const merged = mergeChanges(row.data, input.changes);
    const conflicts: FieldConflict[] = [...merged.conflicts];
    let title: InitiativeRevisionChanges['title'];
    if (input.title && input.title.to !== row.title) {
      if (input.title.from === row.title) title = { from: row.title, to: input.title.to };
      else
        conflicts.push({
          phase: '',
          field: 'title',
          base: input.title.from,
          mine: input.title.to,
          theirs: row.title,
        });
    }
    if (merged.applied.length === 0 && !title) {
      return { initiative: await initiativeDetail(tx, row, access), saved: [], conflicts };
    }
    const version = row.version + 1;
    await tx.db
      .update(initiatives)
      .set({ data: merged.data, title: title?.to ?? row.title, version, updatedAt: tx.now() })
      .where(and(eq(initiatives.orgId, orgId), eq(initiatives.id, row.id)));
    const changes: InitiativeRevisionChanges = { fields: merged.applied, ...(title ? { title } : {}) };
    await tx.db
      .insert(initiativeRevisions)
      .values({ orgId, initiativeId: row.id, version, actorId: actor.personId, changes, at: tx.now() });
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'initiative.saved',
        entityType: 'initiative',
        entityId: row.id,
        details: {
          version,
          fields: merged.applied.map((c) => `${c.phase}.${c.field}`),
          title: Boolean(title),
          conflicts: conflicts.map((c) => `${c.phase}.${c.field}`),
        },
      },
    );
    const saved = merged.applied.map((c) => ({ phase: c.phase, field: c.field }));
    if (title) saved.push({ phase: '', field: 'title' });
    const fresh = await loadEditableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access), saved, conflicts };
  });
}
