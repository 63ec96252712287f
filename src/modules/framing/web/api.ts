import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { FrameListAnswer, ManagedFramesAnswer } from '../answers';

export const framingKeys = {
  all: ['frames'] as const,
  managed: ['frames', 'managed'] as const,
  current: ['frames', 'current'] as const,
};

export function useManagedFrames(enabled: boolean) {
  return useQuery({
    queryKey: framingKeys.managed,
    queryFn: () => get<ManagedFramesAnswer>('/frames'),
    enabled,
  });
}

/** The published frames in force for the signed-in person (also used by the goal form). */
export function useCurrentFrames() {
  return useQuery({
    queryKey: framingKeys.current,
    queryFn: () => get<FrameListAnswer>('/frames/current'),
  });
}

export const refreshFrames = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: framingKeys.all });
