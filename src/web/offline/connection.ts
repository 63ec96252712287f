/*
 * Whether the server can be reached. navigator.onLine says only that some network is there (a
 * phone on a captive Wi-Fi, or a browser whose offline switch leaves it true, is "online"), so the
 * app also asks the health check now and then, which the service worker never answers from its
 * cache: often while it cannot reach the server, seldom while it can.
 */
const WHILE_OFFLINE_MS = 5_000;
const WHILE_ONLINE_MS = 60_000;

let reachable = typeof navigator === 'undefined' ? true : navigator.onLine;
const listeners = new Set<(online: boolean) => void>();
let timer: number | undefined;
let users = 0;

function set(online: boolean) {
  if (online === reachable) return;
  reachable = online;
  listeners.forEach((l) => l(online));
}

export function isOnline(): boolean {
  return reachable;
}

async function probe() {
  if (!navigator.onLine) return set(false);
  try {
    const res = await fetch('/api/health', { cache: 'no-store', credentials: 'omit' });
    // Read to the end: an answer whose body is left unread stays an open request to the browser.
    await res.text();
    set(res.ok);
  } catch {
    set(false);
  }
}

function schedule() {
  window.clearTimeout(timer);
  timer = window.setTimeout(
    () => void probe().then(() => users > 0 && schedule()),
    reachable ? WHILE_ONLINE_MS : WHILE_OFFLINE_MS,
  );
}

const onBrowserChange = () => void probe().then(schedule);

/** Follows the connection while someone listens; told of every change. */
export function watchConnection(listener: (online: boolean) => void): () => void {
  listeners.add(listener);
  if (users++ === 0) {
    window.addEventListener('online', onBrowserChange);
    window.addEventListener('offline', onBrowserChange);
    onBrowserChange();
  }
  return () => {
    listeners.delete(listener);
    if (--users === 0) {
      window.removeEventListener('online', onBrowserChange);
      window.removeEventListener('offline', onBrowserChange);
      window.clearTimeout(timer);
    }
  };
}

/** A request that failed for want of a connection says so at once. */
export function noConnection() {
  set(false);
  schedule();
}
