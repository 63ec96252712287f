import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { UnitKind } from '../../../shared/roles';
import type { FrameItemKind } from '../constants';

// The shapes of /api/frames (routes.ts in this module).

export interface FrameItem {
  id: string;
  kind: FrameItemKind;
  title: string;
  description: string | null;
  position: number;
}

export interface Frame {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  intro: string | null;
  periodStart: string;
  periodEnd: string;
  status: 'draft' | 'published';
  publishedAt: string | null;
  version: number;
  items: FrameItem[];
  can: { edit: boolean };
}

export const framingKeys = {
  all: ['frames'] as const,
  managed: ['frames', 'managed'] as const,
  current: ['frames', 'current'] as const,
};

export function useManagedFrames(enabled: boolean) {
  return useQuery({
    queryKey: framingKeys.managed,
    queryFn: () => get<{ frames: Frame[]; units: { id: string; name: string; kind: UnitKind }[] }>('/frames'),
    enabled,
  });
}

/** The published frames in force for the signed-in person (also used by the goal form). */
export function useCurrentFrames() {
  return useQuery({
    queryKey: framingKeys.current,
    queryFn: () => get<{ frames: Frame[] }>('/frames/current'),
  });
}

export const refreshFrames = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: framingKeys.all });
