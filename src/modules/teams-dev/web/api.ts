import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { Agreement, CircleState, PersonRef, TeamCadence } from '../../conversations/web/api';

// The shape of GET /api/teams/{id}/development (services/development.ts in this module).

export interface TeamConversationRef {
  id: string;
  kind: 'team' | 'peer_group';
  startsAt: string;
  status: 'planned' | 'held' | 'cancelled';
}

export interface TeamDevelopment {
  team: { id: string; name: string; kind: string; description: string | null; isPeerGroup: boolean };
  relation: 'owner' | 'leader';
  goalsInFocus: { id: string; title: string; circle: CircleState | null }[];
  earlierGoals: { id: string; title: string; status: 'achieved' | 'put_aside' }[];
  sharedGoals: {
    id: string;
    title: string;
    status: string;
    owner: PersonRef;
    mine: boolean;
    finishedCircleId: string | null;
  }[];
  upcoming: TeamConversationRef[];
  past: TeamConversationRef[];
  cadence: TeamCadence;
  openAgreements: Agreement[];
  /** `facilitates`: a leader or a resource person, who may lead a team conversation. */
  members: (PersonRef & { facilitates: boolean })[];
  leaders: (PersonRef & { facilitates: boolean })[];
  can: { createGoal: boolean; planConversation: boolean; editCadence: boolean };
}

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
