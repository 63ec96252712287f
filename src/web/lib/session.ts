import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../modules/auth/web/index';
import { followIdentity } from '../offline/clear';
import { ApiError, csrfToken, get } from './api';

export const meQueryKey = ['me'] as const;

/**
 * Resolves to null when nobody is signed in. A session always comes with its readable CSRF
 * cookie, so without one nobody is signed in on this device and nothing is asked: the signed-out
 * start makes no request that fails.
 */
export async function fetchMe(): Promise<Me | null> {
  const me = await askMe();
  // Before any page reads: what the device keeps belongs to whoever is signed in (offline/clear.ts).
  const identity = await followIdentity(me?.person.id ?? null).catch(() => 'same');
  // The answer just kept went with the one before's cache: asked again, so the app opens offline.
  if (me && identity === 'changed') return askMe().catch(() => me);
  return me;
}

async function askMe(): Promise<Me | null> {
  if (!csrfToken()) return null;
  try {
    return await get<Me>('/auth/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
