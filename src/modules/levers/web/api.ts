import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { ListedActionsAnswer, PlanDetailAnswer, PlanHistoryAnswer, PlanListAnswer } from '../answers';

export const leverKeys = {
  all: ['levers'] as const,
  plans: ['levers', 'plans'] as const,
  plan: (id: string) => ['levers', 'plan', id] as const,
  history: (id: string) => ['levers', 'plan', id, 'history'] as const,
  mine: ['levers', 'mine'] as const,
  overdue: ['levers', 'overdue'] as const,
};

export const usePlans = () =>
  useQuery({
    queryKey: leverKeys.plans,
    queryFn: () => get<PlanListAnswer>('/lever-plans'),
  });

export const fetchPlan = (id: string) => get<PlanDetailAnswer>(`/lever-plans/${id}`);
export const usePlan = (id: string) =>
  useQuery({ queryKey: leverKeys.plan(id), queryFn: () => fetchPlan(id) });

export const useHistory = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: leverKeys.history(id),
    queryFn: () => get<PlanHistoryAnswer>(`/lever-plans/${id}/history`),
    enabled,
  });

export const useMyActions = () =>
  useQuery({
    queryKey: leverKeys.mine,
    queryFn: () => get<ListedActionsAnswer>('/lever-actions/mine'),
  });
export const useOverdue = (enabled: boolean) =>
  useQuery({
    queryKey: leverKeys.overdue,
    queryFn: () => get<ListedActionsAnswer>('/lever-actions/overdue'),
    enabled,
  });

/** Every lever list and plan may show a changed action, so all of them are refreshed. */
export const refreshLevers = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: leverKeys.all });
