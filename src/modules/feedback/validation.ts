import { z } from 'zod';
import { FEEDBACK_KINDS } from './constants.js';
import { dateTimeField } from '../../shared/fields.js';

// Shared by the API and the feedback form, so the form never accepts what the server refuses.

export const FEEDBACK_LIMITS = {
  /** A few sentences: feedback is a quick note, not a report. */
  text: 1000,
  observationFocus: 300,
  reply: 1000,
  pageSize: 50,
} as const;

// Control characters other than line breaks and tabs have no place in a note (a NUL byte would reach PostgreSQL).
const noControl = (v: string) =>
  ![...v].some((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
  });
const note = (max: number) =>
  z.string().trim().min(1, 'Required').max(max).refine(noControl, 'Invalid characters');

export const feedbackKind = z.enum(FEEDBACK_KINDS);

export const createFeedbackInput = z
  .object({
    toPersonId: z.uuid().optional(),
    toTeamId: z.uuid().optional(),
    kind: feedbackKind,
    text: note(FEEDBACK_LIMITS.text),
    observationFocus: z
      .string()
      .trim()
      .max(FEEDBACK_LIMITS.observationFocus)
      .refine(noControl, 'Invalid characters')
      .optional(),
    goalId: z.uuid().optional(),
    agreementId: z.uuid().optional(),
  })
  .refine((v) => (v.toPersonId === undefined) !== (v.toTeamId === undefined), {
    message: 'Give feedback to one person or one team',
    path: ['toPersonId'],
  })
  .refine((v) => v.kind !== 'observation' || Boolean(v.observationFocus?.trim()), {
    message: 'An observation needs its agreed learning focus',
    path: ['observationFocus'],
  })
  .refine((v) => !(v.goalId && v.agreementId), {
    message: 'Tie the feedback to a goal or an agreement, not both',
    path: ['agreementId'],
  });
export type CreateFeedbackInput = z.infer<typeof createFeedbackInput>;

export const replyInput = z.object({ text: note(FEEDBACK_LIMITS.reply) });
export type ReplyInput = z.infer<typeof replyInput>;

export const listFeedbackQuery = z
  .object({
    direction: z.enum(['received', 'given']).default('received'),
    /** A leader reads the feedback a person they lead has received. */
    personId: z.uuid().optional(),
    /** Feedback to one team, for its members and leaders. */
    teamId: z.uuid().optional(),
    /** Older than this instant (the last item's createdAt), for the next page. */
    before: dateTimeField.optional(),
  })
  .refine((v) => !(v.personId && v.teamId), { message: 'Ask for a person or a team', path: ['teamId'] });
export type ListFeedbackQuery = z.infer<typeof listFeedbackQuery>;

export const feedbackOptionsQuery = z
  .object({ toPersonId: z.uuid().optional(), toTeamId: z.uuid().optional() })
  .refine((v) => (v.toPersonId === undefined) !== (v.toTeamId === undefined), {
    message: 'Ask for one person or one team',
    path: ['toPersonId'],
  });
export type FeedbackOptionsQuery = z.infer<typeof feedbackOptionsQuery>;
