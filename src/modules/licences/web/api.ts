import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type {
  BoardAnswer,
  DefinitionDetailAnswer,
  DefinitionListAnswer,
  PersonLicencesAnswer,
  ReviewAnswer,
} from '../answers';

export const licenceKeys = {
  all: ['licences'] as const,
  list: ['licences', 'definitions'] as const,
  definition: (id: string) => ['licences', 'definition', id] as const,
  review: (id: string) => ['licences', 'review', id] as const,
  initiative: (initiativeId: string) => ['licences', 'initiative', initiativeId] as const,
  board: (unitId: string) => ['licences', 'board', unitId] as const,
  person: (personId: string, year?: number) => ['licences', 'person', personId, year ?? null] as const,
};

export const useDefinitions = () =>
  useQuery({ queryKey: licenceKeys.list, queryFn: () => get<DefinitionListAnswer>('/licence-definitions') });

/** The licences that belong to a competence initiative, and the units the actor may define licences for. */
export const useInitiativeDefinitions = (initiativeId: string) =>
  useQuery({
    queryKey: licenceKeys.initiative(initiativeId),
    queryFn: () => get<DefinitionListAnswer>(`/licence-definitions?initiativeId=${initiativeId}`),
  });

export const fetchDefinition = (id: string) => get<DefinitionDetailAnswer>(`/licence-definitions/${id}`);
export const useDefinition = (id: string) =>
  useQuery({ queryKey: licenceKeys.definition(id), queryFn: () => fetchDefinition(id) });

export const useReview = (id: string) =>
  useQuery({ queryKey: licenceKeys.review(id), queryFn: () => get<ReviewAnswer>(`/practice-reviews/${id}`) });

export const useBoard = (unitId: string) =>
  useQuery({
    queryKey: licenceKeys.board(unitId),
    queryFn: () => get<BoardAnswer>(`/licence-boards/${unitId}`),
  });

export const usePersonLicences = (personId: string, year?: number) =>
  useQuery({
    queryKey: licenceKeys.person(personId, year),
    queryFn: () =>
      get<PersonLicencesAnswer>(`/licences/people/${personId}${year !== undefined ? `?year=${year}` : ''}`),
  });

/** A licence change can show on every licence page, so all of them are refreshed. */
export const refreshLicences = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: licenceKeys.all });
