import { z } from 'zod';
import { id, instant } from '../../shared/answers.js';

export const outboxMail = z.object({
  id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  /** A link that signs someone in (an invitation, a password reset) was taken out of the text. */
  linkRemoved: z.boolean(),
  /** The mail carries a calendar invitation (.ics). */
  hasCalendar: z.boolean(),
  createdAt: instant,
  sentAt: instant.nullable(),
});
export type OutboxMail = z.infer<typeof outboxMail>;

/** The organisation's mail, newest first, for its organisation admins. */
export const outboxAnswer = z.object({ mails: z.array(outboxMail) });
export type OutboxAnswer = z.infer<typeof outboxAnswer>;
