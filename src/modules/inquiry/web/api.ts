import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ApiErrorBody } from '../../../shared/errors';
import { ApiError, get } from '../../../web/lib/api';

export interface Ref {
  id: string;
  name: string;
}

export interface CirclePhase {
  key: string;
  done: boolean;
  fields: Record<string, string>;
}

export interface Circle {
  id: string;
  form: string;
  goal: { id: string; title: string } | null;
  person: Ref | null;
  /** A team's circle: the team whose shared work it is. */
  team: Ref | null;
  sequence: number;
  previousId: string | null;
  nextId: string | null;
  status: 'open' | 'done';
  deadline: string | null;
  phases: CirclePhase[];
  currentPhase: string;
  progress: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  collaborators: Ref[];
}

export interface CircleDetail {
  circle: Circle;
  relation: 'owner' | 'collaborator' | 'leader' | 'shared';
  can: { edit: boolean; manageCollaborators: boolean; startNext: boolean; history: boolean };
}

export interface FieldChange {
  phase: string;
  field: string;
  from: string;
  to: string;
}

export interface FieldConflict {
  phase: string;
  field: string;
  base: string;
  mine: string;
  theirs: string;
}

export interface Revision {
  version: number;
  at: string;
  actor: Ref | null;
  fields: FieldChange[];
  done: { phase: string; done: boolean }[];
  deadline: { from: string | null; to: string | null } | null;
}

export interface CircleListItem {
  id: string;
  sequence: number;
  status: 'open' | 'done';
  currentPhase: string;
  progress: number;
  deadline: string | null;
  updatedAt: string;
  finishedAt: string | null;
}

export const circleKeys = {
  one: (id: string) => ['circles', id] as const,
  history: (id: string) => ['circles', id, 'history'] as const,
  forGoal: (goalId: string) => ['circles', 'goal', goalId] as const,
};

export const useCircle = (id: string) =>
  useQuery({ queryKey: circleKeys.one(id), queryFn: () => get<CircleDetail>(`/circles/${id}`) });

export const useCircleHistory = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: circleKeys.history(id),
    queryFn: () => get<{ revisions: Revision[] }>(`/circles/${id}/history`),
    enabled,
  });

export const useGoalCircles = (goalId: string) =>
  useQuery({
    queryKey: circleKeys.forGoal(goalId),
    queryFn: () => get<{ circles: CircleListItem[]; can: { start: boolean } }>(`/circles?goalId=${goalId}`),
  });

export function refreshCircles(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['circles'] });
}

export type SaveResult =
  | { kind: 'saved'; detail: CircleDetail; finished: boolean }
  | {
      kind: 'conflict';
      detail: CircleDetail;
      conflicts: FieldConflict[];
      saved: { phase: string; field: string }[];
    };

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith('mup_csrf='))
    ?.slice('mup_csrf='.length);
}

/**
 * PATCH /circles/{id}. A 409 edit_conflict is an answer, not a failure: it carries both versions
 * of each collided field and the circle as saved, which the shared client would drop.
 */
export async function saveCircle(
  id: string,
  body: {
    baseVersion: number;
    changes: FieldChange[];
    done: { phase: string; done: boolean }[];
    deadline?: string | null;
  },
): Promise<SaveResult> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(`/api/circles/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'INTERNAL', undefined, 'network');
  }
  const data = (await res.json().catch(() => null)) as
    | (CircleDetail & { finished: boolean })
    | (ApiErrorBody &
        Partial<CircleDetail> & { conflicts?: FieldConflict[]; saved?: { phase: string; field: string }[] })
    | null;
  if (res.ok && data && 'circle' in data)
    return {
      kind: 'saved',
      detail: data as CircleDetail,
      finished: (data as { finished: boolean }).finished,
    };
  const err = (data as ApiErrorBody | null)?.error;
  if (res.status === 409 && err?.reason === 'edit_conflict' && data && 'conflicts' in data && data.circle) {
    return {
      kind: 'conflict',
      detail: { circle: data.circle, relation: data.relation!, can: data.can! },
      conflicts: data.conflicts ?? [],
      saved: data.saved ?? [],
    };
  }
  throw new ApiError(
    res.status,
    err?.code ?? 'INTERNAL',
    err?.reason,
    err?.message ?? res.statusText,
    err?.issues,
    err?.retryAfter,
  );
}
