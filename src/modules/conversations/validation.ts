import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { AGENDA_SECTIONS } from './constants.js';
import { dateField, dateTimeField, localDateTimeField, versionField } from '../../shared/fields.js';

// Shared by the API and the conversation forms, so a form never accepts what the server refuses.

export const CONVERSATION_LIMITS = {
  location: LIMITS.shortText,
  agendaText: 500,
  notes: 20_000,
  privateNote: 20_000,
  summary: 4000,
  agreementText: 1000,
  durationMin: 10,
  durationMax: 480,
  intervalWeeksMin: 1,
  intervalWeeksMax: 52,
  /** How far ahead a 1:1 may be planned. */
  daysAhead: 730,
  /** The most people invited to one team or peer-group conversation. */
  participantsMax: 60,
  /** A team's cadence: from every week to every second year (default half-yearly, 26 weeks). */
  teamIntervalWeeksMax: 104,
} as const;

const durationField = z
  .number()
  .int()
  .min(CONVERSATION_LIMITS.durationMin)
  .max(CONVERSATION_LIMITS.durationMax);
const startsAtField = dateTimeField;
const locationField = z.string().trim().max(CONVERSATION_LIMITS.location).nullable().optional();

export const createConversationInput = z.object({
  kind: z.literal('one_to_one'),
  /** The other person: the one the leader leads, or the leader the person proposes a 1:1 with. */
  personId: z.uuid(),
  startsAt: startsAtField,
  durationMinutes: durationField.default(45),
  location: locationField,
});
export type CreateConversationInput = z.infer<typeof createConversationInput>;

/**
 * A team conversation (TUS) or a peer group's conversation: the team, who leads it (required for a
 * team conversation; a peer group may go without or rotate), who is invited (default: all members).
 */
export const createTeamConversationInput = z.object({
  kind: z.enum(['team', 'peer_group']),
  teamId: z.uuid(),
  facilitatorId: z.uuid().nullable().optional(),
  participantIds: z.array(z.uuid()).max(CONVERSATION_LIMITS.participantsMax).optional(),
  startsAt: startsAtField,
  durationMinutes: durationField.default(90),
  location: locationField,
  /** A first point on the agenda, e.g. the survey result the conversation is started from. */
  agenda: z.string().trim().max(CONVERSATION_LIMITS.agendaText).optional(),
});
export type CreateTeamConversationInput = z.infer<typeof createTeamConversationInput>;

export const createAnyConversationInput = z.discriminatedUnion('kind', [
  createConversationInput,
  createTeamConversationInput,
]);
export type CreateAnyConversationInput = z.infer<typeof createAnyConversationInput>;

/** Inviting someone to a team conversation, or making them its facilitator. */
export const participantInput = z.object({
  personId: z.uuid(),
  role: z.enum(['participant', 'facilitator']).default('participant'),
});
export type ParticipantInput = z.infer<typeof participantInput>;

/**
 * Bringing one's own goal (or a finished circle on it) into a team conversation shares the goal
 * with the team, so the owner confirms that explicitly.
 */
export const bringGoalInput = z.object({
  goalId: z.uuid(),
  circleId: z.uuid().optional(),
  confirmShare: z.literal(true, { error: 'Confirm that the goal is shared with the team' }),
});
export type BringGoalInput = z.infer<typeof bringGoalInput>;

export const teamCadenceInput = z.object({
  intervalWeeks: z
    .number()
    .int()
    .min(CONVERSATION_LIMITS.intervalWeeksMin)
    .max(CONVERSATION_LIMITS.teamIntervalWeeksMax),
});
export type TeamCadenceInput = z.infer<typeof teamCadenceInput>;

/** Moving (time, length, place) and the shared texts, against the version read. */
export const updateConversationInput = z
  .object({
    version: versionField,
    startsAt: startsAtField.optional(),
    durationMinutes: durationField.optional(),
    location: locationField,
    sharedNotes: z.string().max(CONVERSATION_LIMITS.notes).optional(),
    summary: z.string().max(CONVERSATION_LIMITS.summary).optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'version'), {
    message: 'Nothing to change',
    path: ['version'],
  });
export type UpdateConversationInput = z.infer<typeof updateConversationInput>;

export const holdConversationInput = z.object({
  version: versionField,
  summary: z.string().max(CONVERSATION_LIMITS.summary).optional(),
});
export type HoldConversationInput = z.infer<typeof holdConversationInput>;

export const agendaItemInput = z.object({
  section: z.enum(AGENDA_SECTIONS),
  text: z.string().trim().min(1, 'Required').max(CONVERSATION_LIMITS.agendaText),
});
export type AgendaItemInput = z.infer<typeof agendaItemInput>;

export const updateAgendaItemInput = z
  .object({ done: z.boolean().optional(), text: agendaItemInput.shape.text.optional() })
  .refine((v) => v.done !== undefined || v.text !== undefined, {
    message: 'Nothing to change',
    path: ['done'],
  });
export type UpdateAgendaItemInput = z.infer<typeof updateAgendaItemInput>;

export const privateNoteInput = z.object({ text: z.string().max(CONVERSATION_LIMITS.privateNote) });
export type PrivateNoteInput = z.infer<typeof privateNoteInput>;

/** The agreement form's fields. */
export const agreementFields = z.object({
  text: z.string().trim().min(1, 'Required').max(CONVERSATION_LIMITS.agreementText),
  /** The subject or the leader of the conversation. */
  ownerId: z.uuid(),
  dueDate: dateField.nullable().optional(),
});

export const createAgreementInput = agreementFields.extend({ conversationId: z.uuid() });
export type CreateAgreementInput = z.infer<typeof createAgreementInput>;

export const updateAgreementInput = agreementFields
  .partial()
  .extend({ done: z.boolean().optional() })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'Nothing to change',
    path: ['text'],
  });
export type UpdateAgreementInput = z.infer<typeof updateAgreementInput>;

export const cadenceInput = z.object({
  intervalWeeks: z
    .number()
    .int()
    .min(CONVERSATION_LIMITS.intervalWeeksMin)
    .max(CONVERSATION_LIMITS.intervalWeeksMax),
});
export type CadenceInput = z.infer<typeof cadenceInput>;

export const listConversationsQuery = z.object({ personId: z.uuid().optional() });
export type ListConversationsQuery = z.infer<typeof listConversationsQuery>;

export const listAgreementsQuery = z.object({ personId: z.uuid().optional(), teamId: z.uuid().optional() });
export type ListAgreementsQuery = z.infer<typeof listAgreementsQuery>;

/** A time as typed in a datetime-local field (Danish time). */
const localTimeField = localDateTimeField;
const formLocationField = z.string().trim().max(CONVERSATION_LIMITS.location);

/** The scheduling form: the time as typed in a datetime-local field (Danish time), the rest as the API. */
export const scheduleFormInput = z.object({
  personId: z.uuid(),
  startsAtLocal: localTimeField,
  durationMinutes: durationField,
  location: formLocationField,
});
export type ScheduleFormInput = z.infer<typeof scheduleFormInput>;

/** Planning a team's (or a peer group's) conversation: a team conversation needs its facilitator. */
export const teamScheduleFormInput = z
  .object({
    kind: z.enum(['team', 'peer_group']),
    facilitatorId: z.uuid().nullable(),
    participantIds: z.array(z.uuid()).min(1).max(CONVERSATION_LIMITS.participantsMax),
    startsAtLocal: localTimeField,
    durationMinutes: durationField,
    location: formLocationField,
    agenda: z.string().trim().max(CONVERSATION_LIMITS.agendaText).optional(),
  })
  .refine((v) => v.kind === 'peer_group' || v.facilitatorId !== null, {
    message: 'A team conversation has a facilitator',
    path: ['facilitatorId'],
  });
export type TeamScheduleFormInput = z.infer<typeof teamScheduleFormInput>;

/** Moving a conversation (any kind), against the version read. */
export const moveFormInput = z.object({
  version: versionField,
  startsAtLocal: localTimeField,
  durationMinutes: durationField,
  location: formLocationField,
});
export type MoveFormInput = z.infer<typeof moveFormInput>;
