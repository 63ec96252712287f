import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { GoalDetailAnswer, GoalListAnswer, SharedGoalsAnswer } from '../answers';

export const goalKeys = {
  all: ['goals'] as const,
  list: (personId: string | undefined) => ['goals', 'list', personId ?? 'me'] as const,
  shared: ['goals', 'shared'] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
};

export function useGoals(personId?: string) {
  return useQuery({
    queryKey: goalKeys.list(personId),
    queryFn: () =>
      get<GoalListAnswer>(personId ? `/goals?personId=${encodeURIComponent(personId)}` : '/goals'),
  });
}

export function useSharedGoals(enabled: boolean) {
  return useQuery({
    queryKey: goalKeys.shared,
    queryFn: () => get<SharedGoalsAnswer>('/goals/shared'),
    enabled,
  });
}

export function useGoal(id: string) {
  return useQuery({ queryKey: goalKeys.detail(id), queryFn: () => get<GoalDetailAnswer>(`/goals/${id}`) });
}

export const refreshGoals = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: goalKeys.all });
