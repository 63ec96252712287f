import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { GoalSource, GoalStatus } from '../constants';
import type { GoalHintCode } from '../hints';

// The shapes of /api/goals (routes.ts in this module).

export interface Goal {
  id: string;
  title: string;
  why: string | null;
  progressSigns: string | null;
  source: GoalSource;
  status: GoalStatus;
  statusReason: string | null;
  frameItem: { id: string; title: string } | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Ref {
  id: string;
  name: string;
}

export interface GoalList {
  person: Ref;
  relation: 'self' | 'leader';
  goals: Goal[];
  can: { create: boolean };
}

export interface GoalShare {
  id: string;
  person: Ref | null;
  team: Ref | null;
  createdAt: string;
}

export interface GoalDetail {
  goal: Goal;
  owner: Ref | null;
  /** A team's goal: the team (its members and the unit's leaders write it); a peer group's says so. */
  team: (Ref & { isPeerGroup: boolean }) | null;
  history: {
    id: string;
    at: string;
    actor: Ref | null;
    fromStatus: GoalStatus | null;
    toStatus: GoalStatus;
    reason: string | null;
  }[];
  shares: GoalShare[];
  shareTeams: Ref[];
  hints: GoalHintCode[];
  relation: 'owner' | 'leader' | 'shared';
  can: { edit: boolean; changeStatus: boolean; share: boolean };
}

export const goalKeys = {
  all: ['goals'] as const,
  list: (personId: string | undefined) => ['goals', 'list', personId ?? 'me'] as const,
  shared: ['goals', 'shared'] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
};

export function useGoals(personId?: string) {
  return useQuery({
    queryKey: goalKeys.list(personId),
    queryFn: () => get<GoalList>(personId ? `/goals?personId=${encodeURIComponent(personId)}` : '/goals'),
  });
}

export function useSharedGoals(enabled: boolean) {
  return useQuery({
    queryKey: goalKeys.shared,
    queryFn: () => get<{ goals: (Goal & { owner: Ref | null })[] }>('/goals/shared'),
    enabled,
  });
}

export function useGoal(id: string) {
  return useQuery({ queryKey: goalKeys.detail(id), queryFn: () => get<GoalDetail>(`/goals/${id}`) });
}

export const refreshGoals = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: goalKeys.all });
