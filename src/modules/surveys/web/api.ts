import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type {
  AnswerFormAnswer,
  InstrumentAnswer,
  InstrumentsAnswer,
  InvitationsAnswer,
  RelationshipAnswer,
  ResultsAnswer,
  RoundDetailAnswer,
  RoundInstrumentsAnswer,
  RoundsAnswer,
  SendableForumsAnswer,
  ThresholdsAnswer,
  UnitResultAnswer,
} from '../answers';

export const surveyKeys = {
  all: ['surveys'] as const,
  rounds: ['surveys', 'rounds'] as const,
  round: (id: string) => ['surveys', 'round', id] as const,
  results: (id: string) => ['surveys', 'results', id] as const,
  unit: (id: string, unitId: string) => ['surveys', 'unit', id, unitId] as const,
  relationship: (id: string, x: string, y: string) => ['surveys', 'relationship', id, x, y] as const,
  instruments: ['surveys', 'instruments'] as const,
  instrument: (key: string) => ['surveys', 'instrument', key] as const,
  settings: ['surveys', 'settings'] as const,
  form: (token: string) => ['surveys', 'form', token] as const,
  mine: ['surveys', 'mine'] as const,
  forums: ['surveys', 'forums'] as const,
  roundInstruments: ['surveys', 'round-instruments'] as const,
};

export const useRounds = () =>
  useQuery({ queryKey: surveyKeys.rounds, queryFn: () => get<RoundsAnswer>('/surveys/rounds') });
export const useRound = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: surveyKeys.round(id),
    queryFn: () => get<RoundDetailAnswer>(`/surveys/rounds/${id}`),
    enabled,
  });
export const useResults = (id: string) =>
  useQuery({
    queryKey: surveyKeys.results(id),
    queryFn: () => get<ResultsAnswer>(`/surveys/rounds/${id}/results`),
  });
export const useUnitResult = (id: string, unitId: string) =>
  useQuery({
    queryKey: surveyKeys.unit(id, unitId),
    queryFn: () => get<UnitResultAnswer>(`/surveys/rounds/${id}/units/${unitId}`),
  });
export const useRelationship = (id: string, x: string, y: string) =>
  useQuery({
    queryKey: surveyKeys.relationship(id, x, y),
    queryFn: () =>
      get<RelationshipAnswer>(
        `/surveys/rounds/${id}/relationship?x=${encodeURIComponent(x)}&y=${encodeURIComponent(y)}`,
      ),
    enabled: Boolean(x && y),
  });
export const useInstruments = (enabled: boolean) =>
  useQuery({
    queryKey: surveyKeys.instruments,
    queryFn: () => get<InstrumentsAnswer>('/surveys/instruments'),
    enabled,
  });
export const useInstrument = (key: string) =>
  useQuery({
    queryKey: surveyKeys.instrument(key),
    queryFn: () => get<InstrumentAnswer>(`/surveys/instruments/${key}`),
  });
export const useThresholds = (enabled: boolean) =>
  useQuery({
    queryKey: surveyKeys.settings,
    queryFn: () => get<ThresholdsAnswer>('/surveys/settings'),
    enabled,
  });
export const useSurveyForm = (token: string) =>
  useQuery({
    queryKey: surveyKeys.form(token),
    queryFn: () => get<AnswerFormAnswer>(`/surveys/answer/${token}`),
  });
/** The instruments a round may ask (HR and leaders; the forums' own are opened from the forums). */
export const useRoundInstruments = (enabled: boolean) =>
  useQuery({
    queryKey: surveyKeys.roundInstruments,
    queryFn: () => get<RoundInstrumentsAnswer>('/surveys/round-instruments'),
    enabled,
  });
/** The forums a round may be sent to (HR: all of them). */
export const useSendableForums = (enabled: boolean) =>
  useQuery({
    queryKey: surveyKeys.forums,
    queryFn: () => get<SendableForumsAnswer>('/surveys/forums'),
    enabled,
  });
export const useMyInvitations = () =>
  useQuery({ queryKey: surveyKeys.mine, queryFn: () => get<InvitationsAnswer>('/surveys/mine') });

export const refreshSurveys = (qc: QueryClient) => qc.invalidateQueries({ queryKey: surveyKeys.all });

/** Offers a text as a file to save: the exports are made in the browser from the answer the page shows. */
export function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
