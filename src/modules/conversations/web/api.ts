import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { AgendaSection, ConversationStatus } from '../constants';
import { copenhagenTime, localParts } from '../time';

// The shapes of /api/conversations, /api/agreements and /api/cadences (routes.ts in this module).

export interface PersonRef {
  id: string;
  name: string;
}

export interface ConversationCore {
  id: string;
  kind: 'one_to_one';
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  status: ConversationStatus;
  heldAt: string | null;
  version: number;
}

export interface ConversationListItem extends ConversationCore {
  leader: PersonRef;
  subject: PersonRef;
  myRole: 'leader' | 'subject' | null;
}

export interface ConversationList {
  upcoming: ConversationListItem[];
  past: ConversationListItem[];
  myLeaders: PersonRef[];
  can: { schedule: boolean; propose: boolean };
}

export interface Agreement {
  id: string;
  conversationId: string | null;
  text: string;
  owner: PersonRef;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  createdAt: string;
}

export interface AgendaItem {
  id: string;
  section: AgendaSection;
  text: string;
  done: boolean;
  author: PersonRef | null;
  mine: boolean;
  createdAt: string;
}

export interface CircleState {
  circleId: string;
  phase: string;
  progress: number;
  deadline: string | null;
  status: 'open' | 'done';
}

export interface SharedView {
  conversation: ConversationCore & { sharedNotes: string; summary: string };
  leader: PersonRef;
  subject: PersonRef;
  agenda: AgendaItem[];
  agreements: Agreement[];
  previous: { id: string; startsAt: string } | null;
  previousAgreements: Agreement[];
  goalsInFocus: { id: string; title: string; circle: CircleState | null }[];
}

export interface ConversationDetail extends SharedView {
  access: 'leader' | 'subject' | 'observer';
  privateNote: { text: string; updatedAt: string | null } | null;
  next: { proposedStartsAt: string; intervalWeeks: number; planned: { id: string; startsAt: string } | null } | null;
  can: { edit: boolean; move: boolean; cancel: boolean; hold: boolean; scheduleNext: boolean };
}

export interface CadenceView {
  cadence: { leaderId: string; personId: string; intervalWeeks: number; isDefault: boolean };
  person: PersonRef | null;
  lastHeldAt: string | null;
  nextPlanned: { id: string; startsAt: string } | null;
  proposedStartsAt: string;
  can: { edit: boolean };
}

export const conversationKeys = {
  all: ['conversations'] as const,
  list: ['conversations', 'list'] as const,
  detail: (id: string) => ['conversations', 'detail', id] as const,
  print: (id: string) => ['conversations', 'print', id] as const,
  cadence: (personId: string) => ['conversations', 'cadence', personId] as const,
};

export const useConversations = () => useQuery({ queryKey: conversationKeys.list, queryFn: () => get<ConversationList>('/conversations') });

export const useConversation = (id: string) =>
  useQuery({ queryKey: conversationKeys.detail(id), queryFn: () => get<ConversationDetail>(`/conversations/${id}`) });

export const usePrintView = (id: string) =>
  useQuery({ queryKey: conversationKeys.print(id), queryFn: () => get<SharedView>(`/conversations/${id}/print`) });

export const useCadence = (personId: string | null) =>
  useQuery({
    queryKey: conversationKeys.cadence(personId ?? ''),
    queryFn: () => get<CadenceView>(`/cadences/${personId}`),
    enabled: Boolean(personId),
  });

/** The people the signed-in leader leads (GET /people as a leader returns exactly those). */
export const useLedPeople = (enabled: boolean) =>
  useQuery({
    queryKey: ['conversations', 'led-people'],
    queryFn: () => get<{ people: PersonRef[] }>('/people?pageSize=200'),
    enabled,
  });

export const refreshConversations = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: conversationKeys.all });

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
