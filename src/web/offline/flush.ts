import { isOnline, watchConnection } from './connection';
import { flushQueue } from './send';

/** While something waits, a connection that came back without an `online` event is tried too. */
const RETRY_MS = 30_000;

type Listener = (sent: number) => void;
const sentListeners = new Set<Listener>();

/** Told how many writes a round sent, so the pages can load what changed. */
export function onSent(listener: Listener): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

export function flushSoon(personId: string) {
  if (!isOnline()) return;
  void flushQueue(personId).then((sent) => {
    if (sent > 0) sentListeners.forEach((l) => l(sent));
  });
}

/** Sends the person's queue now, whenever the connection returns, and every little while. */
export function keepFlushing(personId: string): () => void {
  const flush = () => flushSoon(personId);
  flush();
  const stop = watchConnection((online) => online && flush());
  const timer = window.setInterval(flush, RETRY_MS);
  return () => {
    stop();
    window.clearInterval(timer);
  };
}
