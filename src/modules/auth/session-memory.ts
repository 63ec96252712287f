import type { Actor } from '../../server/policy/actor.js';

/*
 * Sessions this process looked up a moment ago (ADR 0024). A route that checks the session in its
 * own statement (the person page) may start from one of these instead of a lookup of its own; every
 * other route still looks its session up, in its guard. Nothing here is trusted on its own: the
 * statement that uses a remembered session checks, in the same snapshot as the page it reads, that
 * the session still exists, has not expired and that its person is active, so a sign-out, an
 * ended session or a deactivation in any process holds at the next request.
 */

interface Remembered {
  actor: Actor;
  csrfToken: string;
  /** When this process last looked the session up (and touched it when due). */
  checkedAt: number;
  lastSeenMs: number;
  remembered: boolean;
  expiresMs: number;
}

/** As long as a lookup may be skipped: the lookup also keeps the session's last-seen time, once a minute. */
export const REMEMBER_MS = 60_000;
const LIMIT = 20_000;
const memory = new Map<string, Remembered>();

export function rememberSession(id: string, entry: Remembered) {
  memory.delete(id);
  if (memory.size >= LIMIT) memory.delete(memory.keys().next().value!);
  memory.set(id, entry);
}

export function forgetSession(id: string) {
  memory.delete(id);
}

/**
 * The session `id` as this process looked it up less than a minute ago, if by its own times it
 * is still alive at `now` (not expired, not idle for `idleMinutes`); otherwise null, and it is to
 * be looked up.
 */
export function recentSession(
  id: string,
  now: number,
  idleMinutes: number,
): { actor: Actor; csrfToken: string } | null {
  const found = memory.get(id);
  if (!found) return null;
  const alive =
    now - found.checkedAt < REMEMBER_MS &&
    now >= found.checkedAt &&
    now < found.expiresMs &&
    (found.remembered || found.lastSeenMs + idleMinutes * 60_000 >= now);
  if (!alive) {
    memory.delete(id);
    return null;
  }
  return found;
}

/** For tests: how many sessions are remembered. */
export const rememberedSessions = () => memory.size;
