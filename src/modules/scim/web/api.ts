import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { ScimSettings } from '../answers';

/** Under the organisation's key, so refreshing the organisation refreshes its provisioning too. */
export const scimSettingsKey = ['organisation', 'scim'] as const;

export const useScimSettings = (enabled: boolean) =>
  useQuery({ queryKey: scimSettingsKey, enabled, queryFn: () => get<ScimSettings>('/organisation/scim') });
