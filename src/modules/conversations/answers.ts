import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { TEAM_KINDS } from '../../shared/roles.js';
import { GOAL_STATUSES } from '../goals/index.js';
import { circleState } from '../inquiry/index.js';
import {
  AGENDA_SECTIONS,
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  PARTICIPANT_ROLES,
} from './constants.js';

// The answers of /api/conversations, /api/agreements, /api/cadences and /api/teams/{id}/cadence:
// declared by the routes, returned by the services, read by the conversation screens. One model
// answers in two shapes: a 1:1, or a team or peer-group conversation (which names its team).

const when = z.object({ id, startsAt: instant });

export const conversationCore = z.object({
  id,
  kind: z.enum(CONVERSATION_KINDS),
  startsAt: instant,
  durationMinutes: z.number().int(),
  location: z.string().nullable(),
  status: z.enum(CONVERSATION_STATUSES),
  heldAt: instant.nullable(),
  version: z.number().int(),
});
export type ConversationCore = z.infer<typeof conversationCore>;

/** The conversation with its shared notes and summary (never a private note). */
export const storedConversation = conversationCore.extend({ sharedNotes: z.string(), summary: z.string() });
export type StoredConversation = z.infer<typeof storedConversation>;

export const oneToOneListItem = conversationCore.extend({
  leader: ref,
  subject: ref,
  /** null when a leader looks at someone else's 1:1 with another of their nearest leaders. */
  myRole: z.enum(['leader', 'subject']).nullable(),
});
export type OneToOneListItem = z.infer<typeof oneToOneListItem>;

/** A team or peer-group conversation the person is on the participant list of. */
export const teamListItem = conversationCore.extend({ team: ref, myRole: z.enum(PARTICIPANT_ROLES) });
export type TeamListItem = z.infer<typeof teamListItem>;

export const conversationListItem = z.union([oneToOneListItem, teamListItem]);
export type ConversationListItem = z.infer<typeof conversationListItem>;

export const conversationListAnswer = z.object({
  upcoming: z.array(conversationListItem),
  past: z.array(conversationListItem),
  /** Whom the actor may propose a 1:1 with as the subject. */
  myLeaders: z.array(ref),
  can: z.object({ schedule: z.boolean(), propose: z.boolean() }),
});
export type ConversationListAnswer = z.infer<typeof conversationListAnswer>;

export const agreement = z.object({
  id,
  conversationId: id.nullable(),
  text: z.string(),
  owner: ref,
  dueDate: day.nullable(),
  done: z.boolean(),
  doneAt: instant.nullable(),
  createdAt: instant,
});
export type Agreement = z.infer<typeof agreement>;

export const agreementAnswer = z.object({ agreement });
export type AgreementAnswer = z.infer<typeof agreementAnswer>;

/** A person's or a team's agreements, open first. */
export const agreementListAnswer = z.object({ agreements: z.array(agreement) });
export type AgreementListAnswer = z.infer<typeof agreementListAnswer>;

export const agendaItem = z.object({
  id,
  section: z.enum(AGENDA_SECTIONS),
  text: z.string(),
  done: z.boolean(),
  author: ref.nullable(),
  mine: z.boolean(),
  /** Team kinds: a participant's own goal brought in (and its finished circle shown). */
  goalId: id.nullable().optional(),
  circleId: id.nullable().optional(),
  createdAt: instant,
});
export type AgendaItem = z.infer<typeof agendaItem>;

const goalInFocus = z.object({ id, title: z.string(), circle: circleState.nullable() });
export type GoalInFocus = z.infer<typeof goalInFocus>;

/** What everyone who reads a 1:1 shares (and its print view). */
export const oneToOneShared = z.object({
  conversation: storedConversation,
  leader: ref,
  subject: ref,
  agenda: z.array(agendaItem),
  agreements: z.array(agreement),
  previous: when.nullable(),
  previousAgreements: z.array(agreement),
  goalsInFocus: z.array(goalInFocus),
});
export type OneToOneShared = z.infer<typeof oneToOneShared>;

/** What everyone who reads a team or peer-group conversation shares (and its print view). */
export const teamShared = z.object({
  conversation: storedConversation,
  team: ref.extend({ kind: z.enum(TEAM_KINDS) }),
  participants: z.array(ref.extend({ role: z.enum(PARTICIPANT_ROLES) })),
  agenda: z.array(agendaItem),
  agreements: z.array(agreement),
  /** The team's agreements from earlier conversations that are still open. */
  previousAgreements: z.array(agreement),
  goalsInFocus: z.array(goalInFocus),
});
export type TeamShared = z.infer<typeof teamShared>;

/** GET /conversations/{id}/print: the shared view only. */
export const sharedViewAnswer = z.union([oneToOneShared, teamShared]);
export type SharedView = z.infer<typeof sharedViewAnswer>;

const privateNote = z.object({ text: z.string(), updatedAt: instant.nullable() });

export const oneToOneDetail = oneToOneShared.extend({
  access: z.enum(['leader', 'subject', 'observer']),
  /** The actor's own note; null for an observer. */
  privateNote: privateNote.nullable(),
  /** Once held: the pair's next 1:1, planned or proposed. */
  next: z
    .object({ proposedStartsAt: instant, intervalWeeks: z.number().int(), planned: when.nullable() })
    .nullable(),
  can: z.object({
    edit: z.boolean(),
    move: z.boolean(),
    cancel: z.boolean(),
    hold: z.boolean(),
    scheduleNext: z.boolean(),
  }),
});
export type OneToOneDetail = z.infer<typeof oneToOneDetail>;

/** One of the actor's own goals they could bring into a team conversation. */
export const bringableGoal = z.object({
  id,
  title: z.string(),
  status: z.enum(GOAL_STATUSES),
  sharedWithTeam: z.boolean(),
  finishedCircles: z.array(z.object({ id, sequence: z.number().int() })),
});
export type BringableGoal = z.infer<typeof bringableGoal>;

/** A team's rhythm: how often, the last held and next planned conversation, and whether it is overdue. */
export const teamCadence = z.object({
  intervalWeeks: z.number().int(),
  isDefault: z.boolean(),
  lastHeld: when.nullable(),
  nextPlanned: when.nullable(),
  proposedStartsAt: instant,
  overdue: z.boolean(),
});
export type TeamCadence = z.infer<typeof teamCadence>;

export const teamCadenceAnswer = z.object({ cadence: teamCadence });
export type TeamCadenceAnswer = z.infer<typeof teamCadenceAnswer>;

/** `facilitates`: a leader or a resource person, who may lead a team conversation. */
const teamPerson = ref.extend({ facilitates: z.boolean() });

export const teamConversationDetail = teamShared.extend({
  access: z.enum(['leader', 'facilitator', 'participant', 'observer', 'subject']),
  /** Who may be invited, lead or own an agreement: the team's members and its unit's leaders. */
  people: z.object({ members: z.array(teamPerson), leaders: z.array(teamPerson) }),
  privateNote: privateNote.nullable(),
  myGoals: z.array(bringableGoal),
  /** Once held: the team's rhythm and the proposed next date. */
  cadence: teamCadence.nullable(),
  can: z.object({
    edit: z.boolean(),
    move: z.boolean(),
    cancel: z.boolean(),
    hold: z.boolean(),
    manageParticipants: z.boolean(),
    bringGoal: z.boolean(),
    facilitate: z.boolean(),
    scheduleNext: z.boolean(),
  }),
});
export type TeamConversationDetail = z.infer<typeof teamConversationDetail>;

/** GET /conversations/{id} and every change to a conversation: a 1:1, or a team or peer-group conversation. */
export const conversationDetailAnswer = z.union([oneToOneDetail, teamConversationDetail]);
export type ConversationDetail = z.infer<typeof conversationDetailAnswer>;

export const privateNoteAnswer = z.object({
  privateNote: z.object({ text: z.string(), updatedAt: instant }),
});
export type PrivateNoteAnswer = z.infer<typeof privateNoteAnswer>;

/** A leader's and a person's 1:1 rhythm, last and next 1:1, and the proposed start of the next one. */
export const cadenceAnswer = z.object({
  cadence: z.object({ leaderId: id, personId: id, intervalWeeks: z.number().int(), isDefault: z.boolean() }),
  person: ref.nullable(),
  lastHeldAt: instant.nullable(),
  nextPlanned: when.nullable(),
  proposedStartsAt: instant,
  /**
   * How the proposal sits with the leader's and the person's other conversations in MUP: clear at
   * the rhythm's time, moved to clear them, or none clear in the next two working weeks.
   */
  proposal: z.enum(['clear', 'moved', 'busy']),
  can: z.object({ edit: z.boolean() }),
});
export type CadenceAnswer = z.infer<typeof cadenceAnswer>;
