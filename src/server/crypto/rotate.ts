import crypto from 'node:crypto';
import { and, asc, eq, isNotNull, isNull, lt, max, ne, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { privateNotes } from '../../modules/conversations/schema.js';
import { masterKeys, openNote, sealNote, unwrapNoteKey, wrapNoteKey } from './note-keys.js';
import { noteKeys } from './schema.js';

/*
 * Keeping private notes sealed over time, without stopping the app (docs/operations.md):
 * - sealPlainNotes: notes from before notes were sealed get sealed (at every start; usually none);
 * - rewrapNoteKeys: organisation keys wrapped under an older master key are wrapped under the
 *   current one (at every start, so a new first key in NOTES_MASTER_KEYS takes over on restart);
 * - rotateNoteKeys: every organisation gets a new key, its notes are resealed with it, and keys
 *   no note uses any more are removed (npm run rotate-note-keys).
 * Each step changes a row only if it is still as it was read, so servers writing notes meanwhile
 * (with the newest key) and a second run at the same time do no harm.
 */

const BATCH = 200;

export async function sealPlainNotes(db: Db, config: Config): Promise<number> {
  let sealed = 0;
  for (;;) {
    const rows = await db
      .select({
        id: privateNotes.id,
        orgId: privateNotes.orgId,
        conversationId: privateNotes.conversationId,
        authorId: privateNotes.authorId,
        text: privateNotes.text,
      })
      .from(privateNotes)
      .where(and(isNull(privateNotes.sealed), isNotNull(privateNotes.text)))
      .orderBy(asc(privateNotes.id))
      .limit(BATCH);
    if (rows.length === 0) return sealed;
    for (const r of rows) {
      const note = await sealNote(db, config, r, r.text!);
      await db
        .update(privateNotes)
        .set({ ...note, text: null })
        .where(and(eq(privateNotes.id, r.id), isNull(privateNotes.sealed)));
      sealed++;
    }
  }
}

export async function rewrapNoteKeys(db: Db, config: Config): Promise<number> {
  const [current] = masterKeys(config);
  const rows = await db.select().from(noteKeys).where(ne(noteKeys.masterKeyId, current!.id));
  for (const row of rows) {
    const key = unwrapNoteKey(config, row);
    await db
      .update(noteKeys)
      .set(wrapNoteKey(current!, row.orgId, row.version, key))
      .where(
        and(
          eq(noteKeys.orgId, row.orgId),
          eq(noteKeys.version, row.version),
          eq(noteKeys.masterKeyId, row.masterKeyId),
        ),
      );
  }
  return rows.length;
}

/** A new key for every organisation that has one, its notes resealed, unused keys removed. */
export async function rotateNoteKeys(
  db: Db,
  config: Config,
): Promise<{ organisations: number; notes: number }> {
  const [master] = masterKeys(config);
  const orgs = await db
    .select({ orgId: noteKeys.orgId, newest: max(noteKeys.version) })
    .from(noteKeys)
    .groupBy(noteKeys.orgId);
  let notes = 0;
  for (const { orgId, newest } of orgs) {
    const version = (newest ?? 0) + 1;
    await db
      .insert(noteKeys)
      .values({ orgId, version, ...wrapNoteKey(master!, orgId, version, crypto.randomBytes(32)) })
      .onConflictDoNothing();
    for (;;) {
      const rows = await db
        .select()
        .from(privateNotes)
        .where(
          and(
            eq(privateNotes.orgId, orgId),
            isNotNull(privateNotes.sealed),
            lt(privateNotes.keyVersion, version),
          ),
        )
        .orderBy(asc(privateNotes.id))
        .limit(BATCH);
      if (rows.length === 0) break;
      for (const r of rows) {
        const text = await openNote(db, config, r, { sealed: r.sealed!, keyVersion: r.keyVersion! });
        const resealed = await sealNote(db, config, r, text);
        await db
          .update(privateNotes)
          .set(resealed)
          .where(
            and(
              eq(privateNotes.id, r.id),
              eq(privateNotes.keyVersion, r.keyVersion!),
              eq(privateNotes.sealed, r.sealed!),
            ),
          );
        notes++;
      }
    }
    await db
      .delete(noteKeys)
      .where(
        and(
          eq(noteKeys.orgId, orgId),
          lt(noteKeys.version, version),
          sql`not exists (select 1 from ${privateNotes} n where n.org_id = ${noteKeys.orgId} and n.key_version = ${noteKeys.version})`,
        ),
      );
  }
  return { organisations: orgs.length, notes };
}
