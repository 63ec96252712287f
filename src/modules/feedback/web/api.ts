import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { FeedbackKind } from '../constants';

// The shapes of /api/feedback (routes.ts in this module).

export interface Ref {
  id: string;
  name: string;
}

export interface FeedbackItem {
  id: string;
  kind: FeedbackKind;
  text: string;
  observationFocus: string | null;
  from: Ref;
  to: { person: Ref | null; team: Ref | null };
  goal: { id: string; title: string } | null;
  agreement: { id: string; text: string } | null;
  createdAt: string;
  replies: { id: string; author: Ref; text: string; createdAt: string }[];
  relation: 'sender' | 'recipient' | 'leader';
  can: { reply: boolean };
}

export const feedbackKeys = {
  all: ['feedback'] as const,
  list: (direction: 'received' | 'given') => ['feedback', 'list', direction] as const,
  recipients: ['feedback', 'recipients'] as const,
  links: (to: string) => ['feedback', 'links', to] as const,
};

export function useRecipients() {
  return useQuery({
    queryKey: feedbackKeys.recipients,
    queryFn: () => get<{ led: (Ref & { jobTitle: string | null })[]; teams: Ref[] }>('/feedback/recipients'),
    staleTime: 60_000,
  });
}

/** `to` is `person:<id>` or `team:<id>`. */
export function useLinks(to: string | null) {
  return useQuery({
    queryKey: feedbackKeys.links(to ?? ''),
    queryFn: () => {
      const [type, id] = to!.split(':');
      return get<{
        goals: { id: string; title: string }[];
        agreements: { id: string; text: string; dueDate: string | null }[];
      }>(`/feedback/links?${type === 'team' ? 'toTeamId' : 'toPersonId'}=${id}`);
    },
    enabled: Boolean(to),
  });
}
