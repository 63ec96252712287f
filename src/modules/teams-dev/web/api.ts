import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { TeamDevelopment } from '../answers';

export const teamDevKeys = {
  all: ['team-development'] as const,
  one: (teamId: string) => ['team-development', teamId] as const,
};

export const useTeamDevelopment = (teamId: string) =>
  useQuery({
    queryKey: teamDevKeys.one(teamId),
    queryFn: () => get<TeamDevelopment>(`/teams/${teamId}/development`),
  });

export const refreshTeamDevelopment = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: teamDevKeys.all });
