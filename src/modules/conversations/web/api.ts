import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { AgendaSection, ConversationStatus } from '../constants';
import { copenhagenTime, localParts } from '../time';

// The shapes of /api/conversations, /api/agreements and /api/cadences (routes.ts in this module).

export interface PersonRef {
  id: string;
  name: string;
}

export type ConversationKind = 'one_to_one' | 'team' | 'peer_group';

export interface ConversationCore {
  id: string;
  kind: ConversationKind;
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  status: ConversationStatus;
  heldAt: string | null;
  version: number;
}

export interface OneToOneListItem extends ConversationCore {
  leader: PersonRef;
  subject: PersonRef;
  myRole: 'leader' | 'subject' | null;
  team?: undefined;
}

/** A team or peer-group conversation the person takes part in. */
export interface TeamListItem extends ConversationCore {
  team: PersonRef;
  myRole: 'facilitator' | 'participant' | 'leader';
}

export type ConversationListItem = OneToOneListItem | TeamListItem;

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
  /** Team kinds: a participant's own goal brought in (and the finished circle shown). */
  goalId?: string | null;
  circleId?: string | null;
  createdAt: string;
}

export interface CircleState {
  circleId: string;
  phase: string;
  progress: number;
  deadline: string | null;
  status: 'open' | 'done';
}

type StoredConversation = ConversationCore & { sharedNotes: string; summary: string };
type GoalInFocus = { id: string; title: string; circle: CircleState | null };

/** What everyone who reads a 1:1 shares (and its print view). */
export interface OneToOneShared {
  conversation: StoredConversation;
  leader: PersonRef;
  subject: PersonRef;
  agenda: AgendaItem[];
  agreements: Agreement[];
  previous: { id: string; startsAt: string } | null;
  previousAgreements: Agreement[];
  goalsInFocus: GoalInFocus[];
}

export type TeamParticipantRole = 'facilitator' | 'participant' | 'leader' | 'subject';

/** What everyone who reads a team or peer-group conversation shares (and its print view). */
export interface TeamShared {
  conversation: StoredConversation;
  team: { id: string; name: string; kind: string };
  participants: (PersonRef & { role: TeamParticipantRole })[];
  agenda: AgendaItem[];
  agreements: Agreement[];
  /** The team's agreements from earlier conversations that are still open. */
  previousAgreements: Agreement[];
  goalsInFocus: GoalInFocus[];
}

export type SharedView = OneToOneShared | TeamShared;

export interface OneToOneDetail extends OneToOneShared {
  access: 'leader' | 'subject' | 'observer';
  privateNote: { text: string; updatedAt: string | null } | null;
  next: {
    proposedStartsAt: string;
    intervalWeeks: number;
    planned: { id: string; startsAt: string } | null;
  } | null;
  can: { edit: boolean; move: boolean; cancel: boolean; hold: boolean; scheduleNext: boolean };
}

/** One of the actor's own goals they could bring into a team conversation. */
export interface BringableGoal {
  id: string;
  title: string;
  status: 'in_focus' | 'achieved' | 'put_aside';
  sharedWithTeam: boolean;
  finishedCircles: { id: string; sequence: number }[];
}

export interface TeamCadence {
  intervalWeeks: number;
  isDefault: boolean;
  lastHeld: { id: string; startsAt: string } | null;
  nextPlanned: { id: string; startsAt: string } | null;
  proposedStartsAt: string;
  overdue: boolean;
}

export interface TeamDetail extends TeamShared {
  access: 'leader' | 'facilitator' | 'participant' | 'observer' | 'subject';
  /** Who may be invited, lead or own an agreement: the team's members and its unit's leaders. */
  /** `facilitates`: a leader or a resource person, who may lead a team conversation. */
  people: {
    members: (PersonRef & { facilitates: boolean })[];
    leaders: (PersonRef & { facilitates: boolean })[];
  };
  privateNote: { text: string; updatedAt: string | null } | null;
  myGoals: BringableGoal[];
  /** Once held: the team's rhythm and the proposed next date. */
  cadence: TeamCadence | null;
  can: {
    edit: boolean;
    move: boolean;
    cancel: boolean;
    hold: boolean;
    manageParticipants: boolean;
    bringGoal: boolean;
    facilitate: boolean;
    scheduleNext: boolean;
  };
}

/** GET /conversations/{id}: one model, two shapes — a 1:1, or a team or peer-group conversation. */
export type ConversationDetail = OneToOneDetail | TeamDetail;

/** Whether a conversation is a team's (TUS) or a peer group's rather than a 1:1. */
export function isTeamView<T extends SharedView>(view: T): view is Extract<T, TeamShared> {
  return 'team' in view;
}

/** Everyone who may own an agreement: a 1:1's two people, or a team's members, leaders and participants. */
export function agreementOwners(detail: ConversationDetail): PersonRef[] {
  if (!isTeamView(detail)) return [detail.subject, detail.leader];
  const seen = new Set<string>();
  return [...detail.people.members, ...detail.people.leaders, ...detail.participants]
    .filter((p) => !seen.has(p.id) && Boolean(seen.add(p.id)))
    .map((p) => ({ id: p.id, name: p.name }));
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

export const useConversations = () =>
  useQuery({ queryKey: conversationKeys.list, queryFn: () => get<ConversationList>('/conversations') });

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
