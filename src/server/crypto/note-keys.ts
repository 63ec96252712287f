import crypto from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { open, seal } from './aead.js';
import { noteKeys } from './schema.js';

/*
 * Private notes are sealed (aead.ts) with their organisation's key; the key is stored wrapped
 * under a master key that lives outside the database (NOTES_MASTER_KEYS, or outside production a
 * file in DATA_DIR). Whoever reads the database, a dump, a backup or a replica sees wrapped keys
 * and sealed notes only. Unwrapped keys are kept in this process's memory, by organisation and
 * version.
 */

export interface MasterKey {
  id: string;
  key: Buffer;
}

const idOf = (key: Buffer) =>
  crypto.createHash('sha256').update('mup-notes-master\n').update(key).digest('hex').slice(0, 12);

export function masterKeyFrom(base64: string): MasterKey {
  const key = Buffer.from(base64, 'base64');
  return { id: idOf(key), key };
}

/** The configured master keys, the one that wraps new keys first. */
export const masterKeys = (config: Config): MasterKey[] => config.notesMasterKeys.map(masterKeyFrom);

const wrapAad = (orgId: string, version: number) => `mup-note-key\n${orgId}\n${version}`;

export function wrapNoteKey(master: MasterKey, orgId: string, version: number, key: Buffer) {
  return {
    wrappedKey: seal(master.key, key.toString('base64'), wrapAad(orgId, version)),
    masterKeyId: master.id,
  };
}

export function unwrapNoteKey(
  config: Config,
  row: { orgId: string; version: number; wrappedKey: string; masterKeyId: string },
): Buffer {
  const master = masterKeys(config).find((m) => m.id === row.masterKeyId);
  if (!master)
    throw new Error(
      `The organisation's key for private notes (version ${row.version}) is wrapped with master key ${row.masterKeyId}, ` +
        `which NOTES_MASTER_KEYS does not hold. Add that key to NOTES_MASTER_KEYS (after the current one).`,
    );
  return Buffer.from(open(master.key, row.wrappedKey, wrapAad(row.orgId, row.version)), 'base64');
}

const unwrapped = new Map<string, Buffer>();
const cacheKey = (orgId: string, version: number) => `${orgId}:${version}`;

/** The organisation's key of that version (for reading a note sealed with it). */
export async function noteKey(db: Db, config: Config, orgId: string, version: number): Promise<Buffer> {
  const cached = unwrapped.get(cacheKey(orgId, version));
  if (cached) return cached;
  const [row] = await db
    .select()
    .from(noteKeys)
    .where(and(eq(noteKeys.orgId, orgId), eq(noteKeys.version, version)));
  if (!row) throw new Error(`The organisation has no key of version ${version} for private notes`);
  const key = unwrapNoteKey(config, row);
  unwrapped.set(cacheKey(orgId, version), key);
  return key;
}

/** The organisation's newest key, which seals new notes; made (version 1) on first use. */
export async function currentNoteKey(
  db: Db,
  config: Config,
  orgId: string,
): Promise<{ version: number; key: Buffer }> {
  const newest = () =>
    db
      .select()
      .from(noteKeys)
      .where(eq(noteKeys.orgId, orgId))
      .orderBy(desc(noteKeys.version))
      .limit(1)
      .then((rows) => rows[0]);
  let row = await newest();
  if (!row) {
    const [master] = masterKeys(config);
    // Two first notes at once: one insert wins, both use its key.
    await db
      .insert(noteKeys)
      .values({ orgId, version: 1, ...wrapNoteKey(master!, orgId, 1, crypto.randomBytes(32)) })
      .onConflictDoNothing();
    row = await newest();
  }
  const cached = unwrapped.get(cacheKey(orgId, row!.version));
  const key = cached ?? unwrapNoteKey(config, row!);
  unwrapped.set(cacheKey(orgId, row!.version), key);
  return { version: row!.version, key };
}

/** Where a note belongs: sealed for that place, it opens nowhere else. */
export interface NotePlace {
  orgId: string;
  conversationId: string;
  authorId: string;
}

const noteAad = (p: NotePlace, version: number) =>
  `mup-private-note\n${p.orgId}\n${p.conversationId}\n${p.authorId}\n${version}`;

/** Seals a note with a given key (the benchmark's generated data); the app uses sealNote. */
export const sealNoteWith = (key: Buffer, version: number, place: NotePlace, text: string) =>
  seal(key, text, noteAad(place, version));

export async function sealNote(db: Db, config: Config, place: NotePlace, text: string) {
  const { version, key } = await currentNoteKey(db, config, place.orgId);
  return { sealed: sealNoteWith(key, version, place, text), keyVersion: version };
}

export async function openNote(
  db: Db,
  config: Config,
  place: NotePlace,
  note: { sealed: string; keyVersion: number },
): Promise<string> {
  const key = await noteKey(db, config, place.orgId, note.keyVersion);
  return open(key, note.sealed, noteAad(place, note.keyVersion));
}

/** Forgets unwrapped keys (tests that change master keys). */
export function forgetNoteKeys() {
  unwrapped.clear();
}
