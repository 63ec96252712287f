import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { MatchBy } from '../validation';

// The shapes of GET /api/organisation and GET /api/organisation/oidc.

export interface OrganisationSettings {
  id: string;
  slug: string;
  name: string;
  accessibilityUrl: string | null;
}

export interface OidcSettings {
  provider: {
    enabled: boolean;
    displayName: string;
    issuer: string;
    clientId: string;
    hasClientSecret: boolean;
    matchBy: MatchBy;
    employeeNumberClaim: string;
    updatedAt: string;
  } | null;
  publicUrl: string;
  redirectUri: string;
}

export const organisationKey = ['organisation'] as const;
export const oidcSettingsKey = ['organisation', 'oidc'] as const;

export const useOrganisation = (enabled: boolean) =>
  useQuery({
    queryKey: organisationKey,
    enabled,
    queryFn: async () => (await get<{ organisation: OrganisationSettings }>('/organisation')).organisation,
  });

export const useOidcSettings = (enabled: boolean) =>
  useQuery({ queryKey: oidcSettingsKey, enabled, queryFn: () => get<OidcSettings>('/organisation/oidc') });
