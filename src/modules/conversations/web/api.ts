import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { Ref } from '../../../shared/answers';
import type { PeopleListAnswer } from '../../org/web/index';
import type {
  CadenceAnswer,
  ConversationDetail,
  ConversationListAnswer,
  SharedView,
  TeamShared,
} from '../answers';
import { copenhagenTime, localParts } from '../../../shared/time';

/** Whether a conversation is a team's (TUS) or a peer group's rather than a 1:1. */
export function isTeamView<T extends SharedView>(view: T): view is Extract<T, TeamShared> {
  return 'team' in view;
}

/** Everyone who may own an agreement: a 1:1's two people, or a team's members, leaders and participants. */
export function agreementOwners(detail: ConversationDetail): Ref[] {
  if (!isTeamView(detail)) return [detail.subject, detail.leader];
  const seen = new Set<string>();
  return [...detail.people.members, ...detail.people.leaders, ...detail.participants]
    .filter((p) => !seen.has(p.id) && Boolean(seen.add(p.id)))
    .map((p) => ({ id: p.id, name: p.name }));
}

export const conversationKeys = {
  all: ['conversations'] as const,
  list: ['conversations', 'list'] as const,
  detail: (id: string) => ['conversations', 'detail', id] as const,
  print: (id: string) => ['conversations', 'print', id] as const,
  cadence: (personId: string) => ['conversations', 'cadence', personId] as const,
};

export const useConversations = () =>
  useQuery({ queryKey: conversationKeys.list, queryFn: () => get<ConversationListAnswer>('/conversations') });

export const useConversation = (id: string) =>
  useQuery({
    queryKey: conversationKeys.detail(id),
    queryFn: () => get<ConversationDetail>(`/conversations/${id}`),
  });

export const usePrintView = (id: string) =>
  useQuery({
    queryKey: conversationKeys.print(id),
    queryFn: () => get<SharedView>(`/conversations/${id}/print`),
  });

export const useCadence = (personId: string | null) =>
  useQuery({
    queryKey: conversationKeys.cadence(personId ?? ''),
    queryFn: () => get<CadenceAnswer>(`/cadences/${personId}`),
    enabled: Boolean(personId),
  });

/** The people the signed-in leader leads (GET /people as a leader returns exactly those). */
export const useLedPeople = (enabled: boolean) =>
  useQuery({
    queryKey: ['conversations', 'led-people'],
    queryFn: () => get<PeopleListAnswer>('/people?pageSize=200'),
    enabled,
  });

export const refreshConversations = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: conversationKeys.all });

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a datetime-local input, in Danish time whatever the browser's zone. */
export function toLocalInput(iso: string): string {
  const p = localParts(new Date(iso));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A datetime-local value read as Danish time, as an ISO instant; null when it is not a time. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  return copenhagenTime(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!).toISOString();
}
