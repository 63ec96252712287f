import type { QueryClient } from '@tanstack/react-query';
import { fetchMe, meQueryKey } from '../../../web/lib/session';

/**
 * The page to go to after signing in, when it is a path on this site; anything else (another
 * host, `//evil.example`, `javascript:`) falls back to the home page.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return '/';
  try {
    const url = new URL(next, window.location.origin);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/login')) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/**
 * After a sign-in the cache may hold another person's data (or `me: null`), so it is emptied and
 * `me` loaded again before the app's guard reads it.
 */
export async function afterSignIn(queryClient: QueryClient) {
  queryClient.clear();
  await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
}

/**
 * Who is signed in, asked fresh: a cached `me` may belong to a session that has since expired,
 * and trusting it would bounce the person away from the sign-in page they need.
 */
export async function currentMe(queryClient: QueryClient) {
  try {
    return await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
  } catch {
    return null;
  }
}
