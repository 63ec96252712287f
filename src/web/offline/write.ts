import { ApiError, apiErrorFrom } from '../lib/api';
import { enqueue, type QueuedWrite } from './queue';
import { sendWrite } from './send';
import { flushSoon } from './flush';
import { isOnline } from './connection';
import { newIdempotencyKey } from '../lib/idempotency-key';

export type OfflineWrite = Omit<QueuedWrite, 'seq' | 'createdAt' | 'key' | 'refused' | 'from'>;

/**
 * A write that may be made without a connection: sent at once when the device is online, else
 * (or when the connection drops on the way) kept on the device with its key and sent later.
 * Resolves to the server's answer, or to `{ queued }`; a refusal throws the ApiError as usual.
 */
export async function writeOrQueue<T>(write: OfflineWrite): Promise<{ sent: T } | { queued: QueuedWrite }> {
  const full = { ...write, key: newIdempotencyKey(), from: location.pathname + location.search };
  if (isOnline()) {
    const { outcome, status, data } = await sendWrite(full);
    if (outcome === 'sent') return { sent: data as T };
    if (outcome === 'refused') {
      if (data && typeof data === 'object' && 'error' in data) throw apiErrorFrom(status!, data, '');
      return { sent: data as T };
    }
    if (status === 401) throw new ApiError(401, 'UNAUTHENTICATED', 'session_expired', 'Sign in again');
  }
  const queued = await enqueue(full);
  flushSoon(write.personId);
  return { queued };
}
