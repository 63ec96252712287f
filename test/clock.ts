import { vi } from 'vitest';

/**
 * Runs `act` as if the clock stood a minute after `startsAt` — a planned meeting has begun, so it
 * may be marked as held. Only Date moves (and keeps running); the database's timers do not.
 */
export async function onceStarted<T>(startsAt: string | Date, act: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(new Date(startsAt).getTime() + 60_000));
  try {
    return await act();
  } finally {
    vi.useRealTimers();
  }
}
