import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { OidcSettings, OrganisationAnswer } from '../answers';

export const organisationKey = ['organisation'] as const;
export const oidcSettingsKey = ['organisation', 'oidc'] as const;

export const useOrganisation = (enabled: boolean) =>
  useQuery({
    queryKey: organisationKey,
    enabled,
    queryFn: async () => (await get<OrganisationAnswer>('/organisation')).organisation,
  });

export const useOidcSettings = (enabled: boolean) =>
  useQuery({ queryKey: oidcSettingsKey, enabled, queryFn: () => get<OidcSettings>('/organisation/oidc') });
