import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { ActionStatus, LeverKey } from '../constants';

// The shapes of /api/lever-plans and /api/lever-actions (routes.ts in this module).

export interface Ref {
  id: string;
  name: string;
}

export interface LeverAction {
  id: string;
  planId: string;
  planLeverId: string;
  lever: LeverKey;
  text: string;
  owner: Ref;
  dueDate: string;
  status: ActionStatus;
  followUp: string | null;
  doneOn: string | null;
  overdue: boolean;
  version: number;
  can: { edit: boolean; followUp: boolean };
}

export type ListedAction = LeverAction & { plan: { id: string; title: string; scopeName: string } };

export interface Counts {
  open: number;
  done: number;
  overdue: number;
}

export interface PlanHead {
  id: string;
  scope: { type: 'unit' | 'team'; id: string; name: string };
  title: string;
  periodStart: string;
  periodEnd: string;
  version: number;
  updatedAt: string;
  can: { edit: boolean };
}

export type PlanSummary = PlanHead & { counts: Counts };

export interface Plan extends PlanHead {
  levers: { id: string; lever: LeverKey; aim: string | null; actions: LeverAction[] }[];
  counts: Counts;
}

export interface HistoryEvent {
  at: string;
  action: string;
  actor: Ref | null;
  lever: LeverKey | null;
  actionId: string | null;
  fields: string[];
}

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
    queryFn: () => get<{ plans: PlanSummary[]; scopes: { units: Ref[]; teams: Ref[] } }>('/lever-plans'),
  });

export const fetchPlan = (id: string) => get<{ plan: Plan; owners: Ref[] }>(`/lever-plans/${id}`);
export const usePlan = (id: string) =>
  useQuery({ queryKey: leverKeys.plan(id), queryFn: () => fetchPlan(id) });

export const useHistory = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: leverKeys.history(id),
    queryFn: () => get<{ events: HistoryEvent[] }>(`/lever-plans/${id}/history`),
    enabled,
  });

export const useMyActions = () =>
  useQuery({
    queryKey: leverKeys.mine,
    queryFn: () => get<{ actions: ListedAction[] }>('/lever-actions/mine'),
  });
export const useOverdue = (enabled: boolean) =>
  useQuery({
    queryKey: leverKeys.overdue,
    queryFn: () => get<{ actions: ListedAction[] }>('/lever-actions/overdue'),
    enabled,
  });

/** Every lever list and plan may show a changed action, so all of them are refreshed. */
export const refreshLevers = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: leverKeys.all });
