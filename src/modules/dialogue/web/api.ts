import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from '../../../web/lib/api';
import type { TurnState } from '../constants';
import type { Frame, GuidelinesAnswer } from '../answers';
import type { GuidelinesInput, OpenRoundInput } from '../validation';

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
  put<GuidelinesAnswer>(`/teams/${teamId}/guidelines`, input);
