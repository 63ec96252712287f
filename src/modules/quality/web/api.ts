import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type {
  DataWorkAnswer,
  MeasureAnswer,
  QualityTeamAnswer,
  QualityTeamListAnswer,
  TrialAnswer,
} from '../answers';

export const qualityKeys = {
  all: ['quality'] as const,
  teams: ['quality', 'teams'] as const,
  team: (id: string) => ['quality', 'team', id] as const,
  trial: (id: string) => ['quality', 'trial', id] as const,
  measure: (id: string) => ['quality', 'measure', id] as const,
  dataWork: (id: string) => ['quality', 'data-work', id] as const,
};

export const useQualityTeams = () =>
  useQuery({ queryKey: qualityKeys.teams, queryFn: () => get<QualityTeamListAnswer>('/quality/teams') });
export const useQualityTeam = (id: string) =>
  useQuery({ queryKey: qualityKeys.team(id), queryFn: () => get<QualityTeamAnswer>(`/quality/teams/${id}`) });
export const useTrial = (id: string) =>
  useQuery({ queryKey: qualityKeys.trial(id), queryFn: () => get<TrialAnswer>(`/quality/trials/${id}`) });
export const useMeasure = (id: string) =>
  useQuery({
    queryKey: qualityKeys.measure(id),
    queryFn: () => get<MeasureAnswer>(`/quality/measures/${id}`),
  });
export const useDataWork = (id: string) =>
  useQuery({
    queryKey: qualityKeys.dataWork(id),
    queryFn: () => get<DataWorkAnswer>(`/quality/data-work/${id}`),
  });

/** A change anywhere in a team's work may show on its page, its trials and its charts. */
export const refreshQuality = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: qualityKeys.all });
