import { sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { privateNotes } from '../schema.js';
import { openNote, sealNote } from '../../../server/crypto/note-keys.js';
import { ServiceError } from '../../../server/http/errors.js';
import { loadConversationForActor } from '../access.js';
import { auditScope } from '../team-records.js';
import type { PrivateNoteInput } from '../validation.js';
import type { PrivateNoteAnswer } from '../answers.js';

/** A private note as stored: sealed (or, from before notes were sealed, in clear text). */
export interface StoredNote {
  sealed: string | null;
  keyVersion: number | null;
  text: string | null;
}

/** The actor's own note on a conversation, opened; '' when there is none. */
export async function openPrivateNote(
  ctx: SignedInContext,
  conversationId: string,
  stored: StoredNote | null | undefined,
): Promise<string> {
  if (!stored) return '';
  if (stored.sealed === null || stored.keyVersion === null) return stored.text ?? '';
  const place = { orgId: ctx.actor.orgId, conversationId, authorId: ctx.actor.personId };
  return openNote(ctx.db, ctx.config, place, { sealed: stored.sealed, keyVersion: stored.keyVersion });
}

/**
 * PUT /conversations/{id}/private-note: a participant's own note. It is written and read by its
 * author only: the row is keyed by the actor, and no other query returns it. It is stored sealed
 * with the organisation's key (src/server/crypto), so the database never holds its text.
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
    const place = { orgId, conversationId: input.id, authorId: tx.actor.personId };
    const { sealed, keyVersion } = await sealNote(tx.db, tx.config, place, input.text);
    const [note] = await tx.db
      .insert(privateNotes)
      .values({ ...place, sealed, keyVersion, text: null, updatedAt: tx.now() })
      .onConflictDoUpdate({
        target: [privateNotes.orgId, privateNotes.conversationId, privateNotes.authorId],
        set: { sealed, keyVersion, text: null, updatedAt: sql`excluded.updated_at` },
      })
      .returning({ updatedAt: privateNotes.updatedAt });
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
    return { privateNote: { text: input.text, updatedAt: new Date(note!.updatedAt).toISOString() } };
  });
}
