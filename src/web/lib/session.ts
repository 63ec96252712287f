import { useQuery } from '@tanstack/react-query';
import { ApiError, get } from './api';

/** The signed-in person, their organisation, memberships and abilities (GET /api/auth/me). */
export interface Me {
  person: { id: string; name: string; email: string | null; locale: 'da' | 'en'; jobTitle: string | null };
  organisation: { id: string; name: string; slug: string; accessibilityUrl: string | null };
  memberships: { unitId: string; unitName: string; role: string }[];
  abilities: { administer: boolean; manageOrganisation: boolean; lead: boolean; viewOutbox: boolean };
}

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
