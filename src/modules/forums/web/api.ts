import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { ForumLevel, Instrument } from '../constants';

// The shapes of /api/forums, /api/evaluations and /api/teams/{id}/safety-checks (routes.ts in this module).

export interface Forum {
  id: string;
  unitId: string;
  unitName: string;
  teamId: string | null;
  teamName: string | null;
  level: ForumLevel;
  name: string;
  purpose: string | null;
  form: string | null;
  cadence: string | null;
  duration: string | null;
  participants: string | null;
  content: string | null;
  data: string | null;
  version: number;
  can: { edit: boolean; facilitate: boolean };
}

export interface RoundView {
  id: string;
  code: string | null;
  closesAt: string;
  respondents: number;
  closed: boolean;
  shown: boolean;
  means: number[] | null;
  comments: string[] | null;
}

export interface Summary {
  rounds: number;
  means: number[] | null;
  weakest: number[];
}

export interface TeamChecks {
  team: { id: string; name: string };
  items: string[];
  threshold: number;
  checks: (RoundView & { openedOn: string })[];
  summary: Summary;
  can: { open: boolean; relation: 'member' | 'leader' };
}

export interface TrendPoint {
  meetingId: string;
  heldOn: string;
  respondents: number;
  shown: boolean;
  means: number[] | null;
}

export interface ForumDetail {
  forum: Forum;
  meetings: { id: string; heldOn: string; conversationId: string | null; evaluation: RoundView | null }[];
  trend: { items: string[]; threshold: number; points: TrendPoint[]; summary: Summary };
  safety: TeamChecks | null;
}

export interface ManageableUnit {
  id: string;
  name: string;
  teams: { id: string; name: string }[];
}

export interface AnswerForm {
  code: string;
  instrument: Instrument;
  title: string;
  heldOn: string | null;
  items: string[];
  closesAt: string;
  status: 'open' | 'closed' | 'answered';
}

export interface SurveySettings {
  threshold: number;
  version: number;
  floor: number;
  can: { edit: boolean };
}

export const forumKeys = {
  all: ['forums'] as const,
  list: ['forums', 'list'] as const,
  detail: (id: string) => ['forums', 'detail', id] as const,
  answer: (code: string) => ['forums', 'answer', code] as const,
  teams: ['forums', 'teams'] as const,
  checks: (teamId: string) => ['forums', 'checks', teamId] as const,
  settings: ['forums', 'settings'] as const,
};

export const useForums = () =>
  useQuery({
    queryKey: forumKeys.list,
    queryFn: () => get<{ forums: Forum[]; manageableUnits: ManageableUnit[] }>('/forums'),
  });
export const useForum = (id: string) =>
  useQuery({ queryKey: forumKeys.detail(id), queryFn: () => get<ForumDetail>(`/forums/${id}`) });
export const useAnswerForm = (code: string) =>
  useQuery({
    queryKey: forumKeys.answer(code),
    queryFn: () => get<{ evaluation: AnswerForm }>(`/evaluations/${encodeURIComponent(code)}`),
  });
export const useCheckTeams = () =>
  useQuery({
    queryKey: forumKeys.teams,
    queryFn: () =>
      get<{ teams: { id: string; name: string; unitName: string | null }[] }>('/safety-checks/teams'),
  });
export const useTeamChecks = (teamId: string) =>
  useQuery({
    queryKey: forumKeys.checks(teamId),
    queryFn: () => get<TeamChecks>(`/teams/${teamId}/safety-checks`),
  });
export const useSurveySettings = () =>
  useQuery({
    queryKey: forumKeys.settings,
    queryFn: () => get<{ settings: SurveySettings }>('/survey-settings'),
  });

export const refreshForums = (qc: QueryClient) => qc.invalidateQueries({ queryKey: forumKeys.all });

/** The address a participant opens: short enough to type from a shared screen. */
export const answerUrl = (code: string) => `${window.location.origin}/e/${code}`;
