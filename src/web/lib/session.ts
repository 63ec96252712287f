import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../modules/auth/web/index';
import { ApiError, get } from './api';

export const meQueryKey = ['me'] as const;

/** Resolves to null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
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
