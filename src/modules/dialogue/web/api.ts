import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from '../../../web/lib/api';
import type { PromptKey, TurnState } from '../constants';
import type { GuidelinesInput, OpenRoundInput } from '../validation';

// The shapes of /api/conversations/{id}/dialogue and /api/teams/{id}/guidelines (routes.ts in this module).

export interface PersonRef {
  id: string;
  name: string;
}

export interface Turn {
  personId: string;
  name: string;
  position: number;
  state: TurnState;
}

export interface RoundSummary {
  id: string;
  number: number;
  prompt: string;
  promptKey: PromptKey | null;
  openedAt: string;
  closedAt: string | null;
  counts: { spoken: number; passed: number; waiting: number };
}

export interface GuidelineList {
  teamId: string;
  version: number;
  items: { id: string; text: string }[];
}

export interface Frame {
  conversation: {
    id: string;
    kind: string;
    status: 'planned' | 'held' | 'cancelled';
    startsAt: string;
    durationMinutes: number;
    location: string | null;
  };
  team: PersonRef | null;
  purpose: string;
  version: number;
  agenda: { id: string; section: string; text: string; done: boolean }[];
  facilitators: PersonRef[];
  participants: (PersonRef & { role: string })[];
  guidelines: GuidelineList | null;
  highlight: { guidelineId: string; at: string | null } | null;
  round: (RoundSummary & { turns: Turn[]; nextPersonId: string | null }) | null;
  history: RoundSummary[];
  me: { personId: string; role: string; takesPart: boolean };
  can: { facilitate: boolean; editPurpose: boolean; openRound: boolean; editGuidelines: boolean };
}

export const frameKey = (id: string) => ['dialogue', 'frame', id] as const;

/**
 * The frame, polled every two seconds while the page is visible (TanStack Query pauses the
 * interval while the tab is hidden), so a phone and the shared screen follow the meeting.
 */
export const useFrame = (id: string) =>
  useQuery({
    queryKey: frameKey(id),
    queryFn: () => get<Frame>(`/conversations/${id}/dialogue`),
    refetchInterval: 2000,
    refetchIntervalInBackground: false,
  });

/** A change to the frame; the answer is the new frame, shown at once. */
export function useFrameMutation<V>(id: string, send: (vars: V) => Promise<Frame>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (frame) => queryClient.setQueryData(frameKey(id), frame),
  });
}

export const frameActions = (id: string) => {
  const base = `/conversations/${id}/dialogue`;
  return {
    openRound: (input: OpenRoundInput) => post<Frame>(`${base}/rounds`, input),
    closeRound: (roundId: string) => post<Frame>(`${base}/rounds/${roundId}/close`),
    markTurn: ({ roundId, personId, state }: { roundId: string; personId: string; state: TurnState }) =>
      put<Frame>(`${base}/rounds/${roundId}/turns/${personId}`, { state }),
    highlight: (guidelineId: string | null) => put<Frame>(`${base}/highlight`, { guidelineId }),
    savePurpose: (input: { purpose: string; version: number }) => put<Frame>(`${base}/purpose`, input),
  };
};

export const saveGuidelines = (teamId: string, input: GuidelinesInput) =>
  put<{ guidelines: GuidelineList }>(`/teams/${teamId}/guidelines`, input);
