import { apiErrorFrom, csrfToken } from '../lib/api';
import { noConnection } from './connection';
import { markRefused, queuedWrites, removeWrite, type QueuedWrite } from './queue';

export type SendOutcome = 'sent' | 'refused' | 'waiting';

/**
 * Sends one write with its Idempotency-Key: the server acts on a key once and answers a second
 * send with the first answer, so a send cut off after the server acted is safe to repeat.
 * `waiting`: no connection, or the session ran out; the write stays queued as it was.
 */
export async function sendWrite(
  write: Omit<QueuedWrite, 'seq' | 'createdAt'>,
): Promise<{ outcome: SendOutcome; status?: number; data?: unknown }> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/json',
    'idempotency-key': write.key,
  };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(`/api${write.path}`, {
      method: write.method,
      headers,
      body: JSON.stringify(write.body),
      credentials: 'same-origin',
    });
  } catch {
    noConnection();
    return { outcome: 'waiting' };
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (res.ok) {
    // A circle's save that collided field by field is a 200 with the conflicts: the person
    // chooses between the texts on the circle's page, so it comes back as refused.
    const conflicts = (data as { conflicts?: unknown[] } | null)?.conflicts;
    if (Array.isArray(conflicts) && conflicts.length > 0)
      return { outcome: 'refused', status: res.status, data };
    return { outcome: 'sent', status: res.status, data };
  }
  if (res.status === 401 || res.status === 408 || res.status === 429 || res.status >= 500) {
    return { outcome: 'waiting', status: res.status };
  }
  return { outcome: 'refused', status: res.status, data };
}

let running: Promise<number> | null = null;

/**
 * Sends a person's queued writes in the order written, one at a time; a refused write keeps its
 * text and the server's reason and the next is sent; no connection stops the round. Resolves to
 * how many were sent. One round at a time per tab; the keys make two tabs sending safe.
 */
export function flushQueue(personId: string): Promise<number> {
  running ??= (async () => {
    let sent = 0;
    try {
      for (const write of await queuedWrites(personId)) {
        if (write.refused) continue;
        const { outcome, status, data } = await sendWrite(write);
        if (outcome === 'waiting') break;
        if (outcome === 'sent') {
          await removeWrite(write.seq!);
          sent++;
        } else {
          const err =
            data && typeof data === 'object' && 'error' in data ? apiErrorFrom(status!, data, '') : null;
          await markRefused(write.seq!, {
            status: err?.status ?? 409,
            code: err?.code ?? 'CONFLICT',
            // A circle's field-level collision: the same words as a stale save.
            reason: err ? err.reason : 'stale_version',
            message: err?.message ?? 'The text collided with another save',
          });
        }
      }
    } finally {
      running = null;
    }
    return sent;
  })();
  return running;
}
