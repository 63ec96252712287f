import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { FEEDBACK_KINDS } from './constants.js';

// The answers of /api/feedback: declared by the routes, returned by the services, read by the screens.

/** sender, recipient (a member, for a team), or a nearest leader of the recipient, who reads along. */
export const feedbackRelation = z.enum(['sender', 'recipient', 'leader']);
export type FeedbackRelation = z.infer<typeof feedbackRelation>;

export const feedbackReply = z.object({ id, author: ref, text: z.string(), createdAt: instant });
export type FeedbackReply = z.infer<typeof feedbackReply>;

export const feedbackItem = z.object({
  id,
  kind: z.enum(FEEDBACK_KINDS),
  text: z.string(),
  observationFocus: z.string().nullable(),
  from: ref,
  to: z.object({ person: ref.nullable(), team: ref.nullable() }),
  goal: z.object({ id, title: z.string() }).nullable(),
  agreement: z.object({ id, text: z.string() }).nullable(),
  createdAt: instant,
  replies: z.array(feedbackReply),
  relation: feedbackRelation,
  /** The thread is between the sender and the recipient; a leader reads along. */
  can: z.object({ reply: z.boolean() }),
});
export type FeedbackItem = z.infer<typeof feedbackItem>;

export const feedbackAnswer = z.object({ feedback: feedbackItem });
export type FeedbackAnswer = z.infer<typeof feedbackAnswer>;

/** Newest first; `hasMore` asks for the next page with `before` = the last item's createdAt. */
export const feedbackListAnswer = z.object({ feedback: z.array(feedbackItem), hasMore: z.boolean() });
export type FeedbackListAnswer = z.infer<typeof feedbackListAnswer>;

/** Whom the form offers first: the people I lead, and the teams I am on or lead. */
export const feedbackRecipientsAnswer = z.object({
  led: z.array(ref.extend({ jobTitle: z.string().nullable() })),
  teams: z.array(ref),
});
export type FeedbackRecipientsAnswer = z.infer<typeof feedbackRecipientsAnswer>;

/** What feedback to a recipient may be tied to: goals in focus I may see, open agreements of a record I read. */
export const feedbackLinksAnswer = z.object({
  goals: z.array(z.object({ id, title: z.string() })),
  agreements: z.array(z.object({ id, text: z.string(), dueDate: day.nullable() })),
});
export type FeedbackLinksAnswer = z.infer<typeof feedbackLinksAnswer>;
