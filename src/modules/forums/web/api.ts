import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type {
  AnswerFormAnswer,
  CheckTeamsAnswer,
  ForumDetail,
  ForumListAnswer,
  LinkFormAnswer,
  SurveySettingsAnswer,
  TeamChecks,
} from '../answers';

export const forumKeys = {
  all: ['forums'] as const,
  list: ['forums', 'list'] as const,
  detail: (id: string) => ['forums', 'detail', id] as const,
  answer: (code: string) => ['forums', 'answer', code] as const,
  link: (token: string) => ['forums', 'link', token] as const,
  teams: ['forums', 'teams'] as const,
  checks: (teamId: string) => ['forums', 'checks', teamId] as const,
  settings: ['forums', 'settings'] as const,
};

export const useForums = () =>
  useQuery({
    queryKey: forumKeys.list,
    queryFn: () => get<ForumListAnswer>('/forums'),
  });
export const useForum = (id: string) =>
  useQuery({ queryKey: forumKeys.detail(id), queryFn: () => get<ForumDetail>(`/forums/${id}`) });
export const useAnswerForm = (code: string) =>
  useQuery({
    queryKey: forumKeys.answer(code),
    queryFn: () => get<AnswerFormAnswer>(`/evaluations/${encodeURIComponent(code)}`),
  });
export const useLinkForm = (token: string) =>
  useQuery({
    queryKey: forumKeys.link(token),
    queryFn: () => get<LinkFormAnswer>(`/evaluations/link/${encodeURIComponent(token)}`),
    retry: false,
  });
export const useCheckTeams = () =>
  useQuery({
    queryKey: forumKeys.teams,
    queryFn: () => get<CheckTeamsAnswer>('/safety-checks/teams'),
  });
export const useTeamChecks = (teamId: string) =>
  useQuery({
    queryKey: forumKeys.checks(teamId),
    queryFn: () => get<TeamChecks>(`/teams/${teamId}/safety-checks`),
  });
export const useSurveySettings = () =>
  useQuery({
    queryKey: forumKeys.settings,
    queryFn: () => get<SurveySettingsAnswer>('/survey-settings'),
  });

export const refreshForums = (qc: QueryClient) => qc.invalidateQueries({ queryKey: forumKeys.all });

/** The address a participant opens: short enough to type from a shared screen. */
export const answerUrl = (code: string) => `${window.location.origin}/e/${code}`;
