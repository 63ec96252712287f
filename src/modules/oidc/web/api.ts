import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { OidcSettings } from '../answers';

/** Under the organisation's key, so refreshing the organisation refreshes its sign-on too. */
export const oidcSettingsKey = ['organisation', 'oidc'] as const;

export const useOidcSettings = (enabled: boolean) =>
  useQuery({ queryKey: oidcSettingsKey, enabled, queryFn: () => get<OidcSettings>('/organisation/oidc') });
