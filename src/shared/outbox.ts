import { z } from 'zod';
import { id, instant } from './answers.js';

// The answer of /api/outbox (src/server/mail/routes.ts), read by the outbox page. Here rather than
// beside the route because the web app may not import server code.

export const outboxMail = z.object({
  id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  /** The mail carries a calendar invitation (.ics). */
  hasCalendar: z.boolean(),
  createdAt: instant,
  sentAt: instant.nullable(),
});
export type OutboxMail = z.infer<typeof outboxMail>;

/** Newest first: every mail of the organisation for admins, one's own mails for anyone else. */
export const outboxAnswer = z.object({ mails: z.array(outboxMail) });
export type OutboxAnswer = z.infer<typeof outboxAnswer>;
