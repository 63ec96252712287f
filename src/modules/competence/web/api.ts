import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type {
  FormatListAnswer,
  FrameItemChoicesAnswer,
  HistoryAnswer,
  InitiativeAnswer,
  InitiativeListAnswer,
  MyInitiativesAnswer,
} from '../answers';

export const competenceKeys = {
  all: ['competence'] as const,
  list: ['competence', 'list'] as const,
  mine: ['competence', 'mine'] as const,
  one: (id: string) => ['competence', 'initiative', id] as const,
  history: (id: string) => ['competence', 'initiative', id, 'history'] as const,
  frameItems: (id: string) => ['competence', 'initiative', id, 'frame-items'] as const,
  formats: ['competence', 'formats'] as const,
};

export const useInitiatives = () =>
  useQuery({ queryKey: competenceKeys.list, queryFn: () => get<InitiativeListAnswer>('/initiatives') });
export const useMyInitiatives = () =>
  useQuery({ queryKey: competenceKeys.mine, queryFn: () => get<MyInitiativesAnswer>('/initiatives/mine') });
export const useInitiative = (id: string) =>
  useQuery({ queryKey: competenceKeys.one(id), queryFn: () => get<InitiativeAnswer>(`/initiatives/${id}`) });
export const useHistory = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: competenceKeys.history(id),
    queryFn: () => get<HistoryAnswer>(`/initiatives/${id}/history`),
    enabled,
  });
export const useFrameItemChoices = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: competenceKeys.frameItems(id),
    queryFn: () => get<FrameItemChoicesAnswer>(`/initiatives/${id}/frame-items`),
    enabled,
  });
export const useFormats = () =>
  useQuery({ queryKey: competenceKeys.formats, queryFn: () => get<FormatListAnswer>('/learning-formats') });

/** Puts a fresh initiative in the cache and marks the lists stale. */
export function storeInitiative(queryClient: QueryClient, answer: InitiativeAnswer) {
  queryClient.setQueryData(competenceKeys.one(answer.initiative.id), { initiative: answer.initiative });
  void queryClient.invalidateQueries({ queryKey: competenceKeys.list });
  void queryClient.invalidateQueries({ queryKey: competenceKeys.mine });
  void queryClient.invalidateQueries({ queryKey: competenceKeys.history(answer.initiative.id) });
}
