import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ErrorCode, ErrorReason } from '../../shared/errors';

/** What a queued write is, for the "not sent yet" list (its texts: offline.kinds.*). */
export type QueuedKind = 'feedback' | 'circleNote' | 'agendaPoint' | 'dataPoint' | 'evaluationAnswer';

/** A write kept on this device until it can be sent, or until the person deals with its refusal. */
export interface QueuedWrite {
  /** Ascending in the order written: the order they are sent in. */
  seq?: number;
  personId: string;
  /** Sent as the Idempotency-Key header: a second send of it can never act twice. */
  key: string;
  kind: QueuedKind;
  method: 'POST' | 'PUT' | 'PATCH';
  /** Under /api. */
  path: string;
  body: unknown;
  /** The person's own words, shown in the list and given back if the server refuses. */
  text: string;
  /** Where it was written (a page of the app), to go back to. */
  from: string;
  createdAt: string;
  refused?: { status: number; code: ErrorCode; reason?: ErrorReason; message: string };
}

interface OfflineDb extends DBSchema {
  writes: { key: number; value: QueuedWrite; indexes: { person: string } };
}

const DB_NAME = 'mup-offline';
let opened: Promise<IDBPDatabase<OfflineDb>> | null = null;

function db() {
  opened ??= openDB<OfflineDb>(DB_NAME, 1, {
    upgrade(database) {
      const writes = database.createObjectStore('writes', { keyPath: 'seq', autoIncrement: true });
      writes.createIndex('person', 'personId');
    },
  });
  return opened;
}

const listeners = new Set<() => void>();
// Other tabs of the app on this device change the same queue.
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('mup-offline');
channel?.addEventListener('message', () => listeners.forEach((l) => l()));

function changed() {
  listeners.forEach((l) => l());
  channel?.postMessage('changed');
}

export function onQueueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** One person's queued writes, oldest first. */
export async function queuedWrites(personId: string): Promise<QueuedWrite[]> {
  const all = await (await db()).getAllFromIndex('writes', 'person', personId);
  return all.sort((a, b) => a.seq! - b.seq!);
}

export async function enqueue(write: Omit<QueuedWrite, 'seq' | 'createdAt'>): Promise<QueuedWrite> {
  const entry: QueuedWrite = { ...write, createdAt: new Date().toISOString() };
  entry.seq = await (await db()).add('writes', entry);
  changed();
  return entry;
}

export async function removeWrite(seq: number): Promise<void> {
  await (await db()).delete('writes', seq);
  changed();
}

export async function markRefused(seq: number, refused: NonNullable<QueuedWrite['refused']>) {
  const database = await db();
  const entry = await database.get('writes', seq);
  if (!entry) return;
  await database.put('writes', { ...entry, refused });
  changed();
}

/** Every queued write of one person goes from this device. */
export async function forgetPerson(personId: string): Promise<void> {
  const database = await db();
  const tx = database.transaction('writes', 'readwrite');
  for (const seq of await tx.store.index('person').getAllKeys(personId)) await tx.store.delete(seq);
  await tx.done;
  changed();
}

/** Every queued write of anyone but this person goes from this device (another signed in). */
export async function forgetAllBut(personId: string): Promise<void> {
  const database = await db();
  const tx = database.transaction('writes', 'readwrite');
  let removed = 0;
  for (const write of await tx.store.getAll()) {
    if (write.personId !== personId) {
      await tx.store.delete(write.seq!);
      removed++;
    }
  }
  await tx.done;
  if (removed > 0) changed();
}
