import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { FeedbackLinksAnswer, FeedbackRecipientsAnswer } from '../answers';

export const feedbackKeys = {
  all: ['feedback'] as const,
  list: (direction: 'received' | 'given') => ['feedback', 'list', direction] as const,
  recipients: ['feedback', 'recipients'] as const,
  links: (to: string) => ['feedback', 'links', to] as const,
};

export function useRecipients() {
  return useQuery({
    queryKey: feedbackKeys.recipients,
    queryFn: () => get<FeedbackRecipientsAnswer>('/feedback/recipients'),
    staleTime: 60_000,
  });
}

/** `to` is `person:<id>` or `team:<id>`. */
export function useLinks(to: string | null) {
  return useQuery({
    queryKey: feedbackKeys.links(to ?? ''),
    queryFn: () => {
      const [type, id] = to!.split(':');
      return get<FeedbackLinksAnswer>(`/feedback/links?${type === 'team' ? 'toTeamId' : 'toPersonId'}=${id}`);
    },
    enabled: Boolean(to),
  });
}
