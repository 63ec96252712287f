import { sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { privateNotes } from '../schema.js';
import { ServiceError } from '../../../server/http/errors.js';
import { loadConversationForActor } from '../access.js';
import { auditScope } from '../team-records.js';
import type { PrivateNoteInput } from '../validation.js';
import type { PrivateNoteAnswer } from '../answers.js';

/**
 * PUT /conversations/{id}/private-note: a participant's own note. It is written and read by its
 * author only: the row is keyed by the actor, and no other query returns it.
 */
export async function savePrivateNote({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: PrivateNoteInput & { id: string };
}): Promise<PrivateNoteAnswer> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadConversationForActor(tx, input.id, { forUpdate: true });
    if (!loaded.takesPart) throw new ServiceError('FORBIDDEN', 'Only those taking part keep a private note');
    const orgId = tx.actor.orgId;
    const [note] = await tx.db
      .insert(privateNotes)
      .values({
        orgId,
        conversationId: input.id,
        authorId: tx.actor.personId,
        text: input.text,
        updatedAt: tx.now(),
      })
      .onConflictDoUpdate({
        target: [privateNotes.orgId, privateNotes.conversationId, privateNotes.authorId],
        set: { text: input.text, updatedAt: sql`excluded.updated_at` },
      })
      .returning({ text: privateNotes.text, updatedAt: privateNotes.updatedAt });
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'private_note.saved',
        entityType: 'conversation',
        entityId: input.id,
        subjectPersonId: auditScope(loaded).subjectPersonId,
        details: { length: input.text.length, teamId: auditScope(loaded).teamId },
      },
    );
    return { privateNote: { text: note!.text, updatedAt: new Date(note!.updatedAt).toISOString() } };
  });
}
