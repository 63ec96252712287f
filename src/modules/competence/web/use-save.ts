import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patch, post, put, del } from '../../../web/lib/api';
import type { Initiative, InitiativeAnswer, InitiativeSaveAnswer } from '../answers';
import { storeInitiative } from './api';

/** One field change as the inquiry engine merges it: the value the page started from and the new one. */
export interface Change {
  phase: string;
  field: string;
  from: string;
  to: string;
}

/** Saves field changes against the version the page holds; the answer names saved fields and conflicts. */
export function useSaveFields(initiative: Initiative) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { changes: Change[]; title?: { from: string; to: string } }) =>
      patch<InitiativeSaveAnswer>(`/initiatives/${initiative.id}`, {
        baseVersion: initiative.version,
        changes: input.changes,
        ...(input.title ? { title: input.title } : {}),
      }),
    onSuccess: (answer) => storeInitiative(queryClient, answer),
  });
}

type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Any other change of the initiative (plan lines, participants, courses, status): the answer is the initiative. */
export function useInitiativeAction(initiative: Initiative) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: { method: Method; path: string; body?: unknown }) => {
      const url = `/initiatives/${initiative.id}${path}`;
      if (method === 'POST') return post<InitiativeAnswer>(url, body);
      if (method === 'PATCH') return patch<InitiativeAnswer>(url, body);
      if (method === 'PUT') return put<InitiativeAnswer>(url, body);
      return del<InitiativeAnswer>(url);
    },
    onSuccess: (answer) => storeInitiative(queryClient, answer),
  });
}
