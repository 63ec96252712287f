import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { Role } from '../../../shared/roles';
import type {
  AccessLogAnswer,
  DirectoryAnswer,
  PeopleListAnswer,
  PersonRecord,
  TeamDetail,
  TeamListAnswer,
  UnitDetail,
  UnitListAnswer,
} from '../answers';

export interface PeopleFilter {
  query?: string;
  unitId?: string;
  role?: Role;
  includeInactive?: boolean;
  page?: number;
}

export const PAGE_SIZE = 50;

/** Query keys; everything under ['org'] so a change can refresh the module in one call. */
export const orgKeys = {
  all: ['org'] as const,
  units: ['org', 'units'] as const,
  unit: (id: string) => ['org', 'unit', id] as const,
  people: ['org', 'people'] as const,
  peopleList: (filter: PeopleFilter) => ['org', 'people', filter] as const,
  directory: (query: string) => ['org', 'directory', query] as const,
  person: (id: string) => ['org', 'person', id] as const,
  teams: ['org', 'teams'] as const,
  team: (id: string) => ['org', 'team', id] as const,
  accessLog: ['org', 'access-log'] as const,
};

function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const useUnits = () =>
  useQuery({
    queryKey: orgKeys.units,
    queryFn: () => get<UnitListAnswer>('/units').then((r) => r.units),
  });

export const useUnit = (id: string) =>
  useQuery({
    queryKey: orgKeys.unit(id),
    queryFn: () => get<UnitDetail>(`/units/${encodeURIComponent(id)}`),
  });

export const usePeople = (filter: PeopleFilter, enabled = true) =>
  useQuery({
    enabled,
    queryKey: orgKeys.peopleList(filter),
    queryFn: () =>
      get<PeopleListAnswer>(
        `/people${queryString({ ...filter, page: filter.page ?? 1, pageSize: PAGE_SIZE })}`,
      ),
    placeholderData: (previous) => previous,
  });

export const useDirectory = (query: string, enabled = true) =>
  useQuery({
    queryKey: orgKeys.directory(query),
    queryFn: () => get<DirectoryAnswer>(`/people/directory${queryString({ query })}`).then((r) => r.people),
    enabled,
    placeholderData: (previous) => previous,
  });

export const usePerson = (id: string) =>
  useQuery({
    queryKey: orgKeys.person(id),
    queryFn: () => get<PersonRecord>(`/people/${encodeURIComponent(id)}`),
  });

export const useTeams = () =>
  useQuery({
    queryKey: orgKeys.teams,
    queryFn: () => get<TeamListAnswer>('/teams').then((r) => r.teams),
  });

export const useTeam = (id: string) =>
  useQuery({
    queryKey: orgKeys.team(id),
    queryFn: () => get<TeamDetail>(`/teams/${encodeURIComponent(id)}`),
  });

export const useAccessLog = () =>
  useQuery({
    queryKey: orgKeys.accessLog,
    queryFn: () => get<AccessLogAnswer>('/me/access-log').then((r) => r.events),
  });

/**
 * Units, people and teams refer to each other by name (a person's unit names, a unit's member
 * list, a team's unit), so a change to one refreshes what is shown of the others.
 */
export function refreshOrg(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: orgKeys.all });
}
