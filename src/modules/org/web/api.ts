import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { Locale, Role, TeamKind, UnitKind } from '../../../shared/roles';

// The shapes of /api/units, /api/people, /api/teams and /api/me/access-log (docs: org-api-contract).

export interface UnitRow {
  id: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  externalId: string | null;
  memberCount: number;
  version: number;
}

export interface UnitDetail {
  unit: {
    id: string;
    parentId: string | null;
    name: string;
    kind: UnitKind;
    externalId: string | null;
    version: number;
  };
  path: { id: string; name: string }[];
  children: { id: string; name: string; kind: UnitKind; memberCount: number }[];
  /** Deactivated members are listed to admins only. */
  members: {
    personId: string;
    name: string;
    jobTitle: string | null;
    role: Role;
    membershipId: string;
    active: boolean;
  }[];
  teams: { id: string; name: string; kind: TeamKind }[];
  can: { update: boolean; delete: boolean };
}

export interface PersonListItem {
  id: string;
  name: string;
  jobTitle: string | null;
  email: string | null;
  employeeNumber: string | null;
  active: boolean;
  memberships: { unitId: string; unitName: string; role: Role }[];
}

export interface DirectoryEntry {
  id: string;
  name: string;
  jobTitle: string | null;
  units: string[];
}

export interface PersonRecord {
  person: {
    id: string;
    name: string;
    email: string | null;
    employeeNumber: string | null;
    jobTitle: string | null;
    locale: Locale;
    active: boolean;
    version: number;
    lastSignInAt: string | null;
    hasPassword: boolean;
  };
  memberships: { id: string; unitId: string; unitName: string; role: Role }[];
  nearestLeaders: { id: string; name: string }[];
  teams: { id: string; name: string; kind: TeamKind }[];
  relation: 'self' | 'leader' | 'admin';
  can: { update: boolean; manageRoles: boolean; invite: boolean };
}

export interface TeamRow {
  id: string;
  name: string;
  kind: TeamKind;
  unitId: string | null;
  unitName: string | null;
  memberCount: number;
}

export interface TeamDetail {
  team: {
    id: string;
    name: string;
    kind: TeamKind;
    unitId: string | null;
    unitName: string | null;
    description: string | null;
    version: number;
  };
  members: { personId: string; name: string; jobTitle: string | null }[];
  can: { update: boolean; manageMembers: boolean; delete: boolean; seeDevelopment: boolean };
}

export interface AccessEvent {
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  /** How many times that day (the log has a line per reader, kind of read and day). */
  count: number;
}

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
    queryFn: () => get<{ units: UnitRow[] }>('/units').then((r) => r.units),
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
      get<{ people: PersonListItem[]; total: number }>(
        `/people${queryString({ ...filter, page: filter.page ?? 1, pageSize: PAGE_SIZE })}`,
      ),
    placeholderData: (previous) => previous,
  });

export const useDirectory = (query: string, enabled = true) =>
  useQuery({
    queryKey: orgKeys.directory(query),
    queryFn: () =>
      get<{ people: DirectoryEntry[] }>(`/people/directory${queryString({ query })}`).then((r) => r.people),
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
    queryFn: () => get<{ teams: TeamRow[] }>('/teams').then((r) => r.teams),
  });

export const useTeam = (id: string) =>
  useQuery({
    queryKey: orgKeys.team(id),
    queryFn: () => get<TeamDetail>(`/teams/${encodeURIComponent(id)}`),
  });

export const useAccessLog = () =>
  useQuery({
    queryKey: orgKeys.accessLog,
    queryFn: () => get<{ events: AccessEvent[] }>('/me/access-log').then((r) => r.events),
  });

/**
 * Units, people and teams refer to each other by name (a person's unit names, a unit's member
 * list, a team's unit), so a change to one refreshes what is shown of the others.
 */
export function refreshOrg(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: orgKeys.all });
}
