import { useQuery } from '@tanstack/react-query';
import { get } from '../../../../web/lib/api';
import type { OrganisationAnswer } from '../../answers';

export const organisationKey = ['organisation'] as const;

export const useOrganisation = (enabled: boolean) =>
  useQuery({
    queryKey: organisationKey,
    enabled,
    queryFn: async () => (await get<OrganisationAnswer>('/organisation')).organisation,
  });
