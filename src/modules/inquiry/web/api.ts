import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { get, patch } from '../../../web/lib/api';
import { writeOrQueue } from '../../../web/offline/write';
import type { CircleAnswer, CircleHistoryAnswer, CircleListAnswer, CircleSaveAnswer } from '../answers';
import type { saveCircleInput } from '../validation';

export const circleKeys = {
  one: (id: string) => ['circles', id] as const,
  history: (id: string) => ['circles', id, 'history'] as const,
  forGoal: (goalId: string) => ['circles', 'goal', goalId] as const,
};

export const useCircle = (id: string) =>
  useQuery({ queryKey: circleKeys.one(id), queryFn: () => get<CircleAnswer>(`/circles/${id}`) });

export const useCircleHistory = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: circleKeys.history(id),
    queryFn: () => get<CircleHistoryAnswer>(`/circles/${id}/history`),
    enabled,
  });

export const useGoalCircles = (goalId: string) =>
  useQuery({
    queryKey: circleKeys.forGoal(goalId),
    queryFn: () => get<CircleListAnswer>(`/circles?goalId=${goalId}`),
  });

export function refreshCircles(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['circles'] });
}

/**
 * PATCH /circles/{id}. A save that partly collides is still a save: the answer carries the circle
 * as stored, and the fields that collided (`conflicts`) with both versions to choose between.
 */
export const saveCircle = (id: string, body: z.input<typeof saveCircleInput>) =>
  patch<CircleSaveAnswer>(`/circles/${id}`, body);

/** The same save, kept on the device when there is no connection (the "not sent yet" list shows the text). */
export const saveCircleOrQueue = (personId: string, id: string, body: z.input<typeof saveCircleInput>) =>
  writeOrQueue<CircleSaveAnswer>({
    personId,
    kind: 'circleNote',
    method: 'PATCH',
    path: `/circles/${id}`,
    body,
    text: (body.changes ?? []).map((c) => c.to).join('\n\n'),
  });
