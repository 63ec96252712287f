import { LIMITS } from '../../../shared/limits';

export interface LoginSearch {
  next?: string;
  org?: string;
  error?: string;
}

/**
 * Only what the sign-in page understands survives from the address bar. Apart from the page, so
 * the route can check its address without loading the page's chunk.
 */
export function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  const text = (v: unknown, max: number) =>
    typeof v === 'string' && v.length > 0 && v.length <= max ? v : undefined;
  return {
    next: text(search.next, LIMITS.url),
    org: text(search.org, LIMITS.slug),
    error: text(search.error, 60),
  };
}
