import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { errorMessage, type Translate } from '../i18n';
import { ApiError } from '../lib/api';

/**
 * After a save was refused because someone else saved first (409 stale_version): loads the newest
 * version and makes it the base of the next save, keeping everything the person typed. Returns the
 * text for the form's alert, or undefined when the error was something else.
 */
export async function recoverStaleVersion<T>(
  err: unknown,
  t: Translate,
  queryClient: QueryClient,
  latest: { queryKey: QueryKey; queryFn: () => Promise<T>; versionOf: (fresh: T) => number },
  setVersion: (version: number) => void,
): Promise<string | undefined> {
  if (!(err instanceof ApiError) || err.reason !== 'stale_version') return undefined;
  const fresh = await queryClient
    .fetchQuery({ queryKey: latest.queryKey, queryFn: latest.queryFn, staleTime: 0 })
    .catch(() => null);
  if (!fresh) return errorMessage(t, err);
  setVersion(latest.versionOf(fresh));
  return t('common.form.staleReloaded');
}
