import { z } from 'zod';
import { id, instant, ref } from '../../shared/answers.js';
import {
  AGENDA_SECTIONS,
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  PARTICIPANT_ROLES,
} from '../conversations/index.js';
import { PROMPT_KEYS, TURN_STATES } from './constants.js';

// The answers of /api/conversations/{id}/dialogue and /api/teams/{id}/guidelines: declared by the
// routes, returned by the services, read by the follow view, the shared screen and the guidelines.

/** A team's discussion guidelines in order; version 0 when the team has not written any yet. */
export const guidelineList = z.object({
  teamId: id,
  version: z.number().int(),
  items: z.array(z.object({ id, text: z.string() })),
});
export type GuidelineList = z.infer<typeof guidelineList>;

export const guidelinesAnswer = z.object({
  team: ref,
  guidelines: guidelineList,
  can: z.object({ edit: z.boolean() }),
});
export type GuidelinesAnswer = z.infer<typeof guidelinesAnswer>;

/** One person's turn in a round, in speaking order. */
export const turn = z.object({
  personId: id,
  name: z.string(),
  position: z.number().int(),
  state: z.enum(TURN_STATES),
});
export type Turn = z.infer<typeof turn>;

export const roundSummary = z.object({
  id,
  number: z.number().int(),
  prompt: z.string(),
  promptKey: z.enum(PROMPT_KEYS).nullable(),
  openedAt: instant,
  closedAt: instant.nullable(),
  counts: z.object({ spoken: z.number().int(), passed: z.number().int(), waiting: z.number().int() }),
});
export type RoundSummary = z.infer<typeof roundSummary>;

/**
 * What the shared screen and the follow views show: the stage, the round running (who has spoken,
 * who is next), earlier rounds and the team's guidelines. Never notes of any kind.
 */
export const frameAnswer = z.object({
  conversation: z.object({
    id,
    kind: z.enum(CONVERSATION_KINDS),
    status: z.enum(CONVERSATION_STATUSES),
    startsAt: instant,
    durationMinutes: z.number().int(),
    location: z.string().nullable(),
  }),
  team: ref.nullable(),
  purpose: z.string(),
  version: z.number().int(),
  agenda: z.array(z.object({ id, section: z.enum(AGENDA_SECTIONS), text: z.string(), done: z.boolean() })),
  facilitators: z.array(ref),
  participants: z.array(ref.extend({ role: z.enum(PARTICIPANT_ROLES) })),
  guidelines: guidelineList.nullable(),
  highlight: z.object({ guidelineId: id, at: instant.nullable() }).nullable(),
  round: roundSummary.extend({ turns: z.array(turn), nextPersonId: id.nullable() }).nullable(),
  history: z.array(roundSummary),
  /** The actor's role (an observer reads a conversation without taking part). */
  me: z.object({ personId: id, role: z.enum([...PARTICIPANT_ROLES, 'observer']), takesPart: z.boolean() }),
  can: z.object({
    facilitate: z.boolean(),
    editPurpose: z.boolean(),
    openRound: z.boolean(),
    editGuidelines: z.boolean(),
  }),
});
export type Frame = z.infer<typeof frameAnswer>;
