import { and, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { queueMail } from '../../server/mail/send.js';
import { people } from '../org/schema.js';
import { buildIcs } from '../conversations/index.js';
import type { Locale } from '../../shared/roles.js';
import { TIME_ZONE } from '../../shared/time.js';
import { REVIEW_MINUTES } from './constants.js';
import type { ReviewRow } from './records.js';

// The calendar invitation to a planned practice review, with the conversations module's ICS
// writer: the reviewed person and the reviewer each get one in their language.

const texts: Record<
  Locale,
  { subject: (task: string) => string; body: (task: string, when: string, other: string) => string[] }
> = {
  da: {
    subject: (task) => `Praksisgennemgang: ${task}`,
    body: (task, when, other) => [
      `Der er planlagt en praksisgennemgang til kørekortet "${task}" ${when} med ${other}.`,
      '',
      'Se, hvad I har aftalt at se efter:',
    ],
  },
  en: {
    subject: (task) => `Practice review: ${task}`,
    body: (task, when, other) => [
      `A practice review for the licence "${task}" is planned ${when} with ${other}.`,
      '',
      'See what you agreed to look for:',
    ],
  },
};

const whenText = (locale: Locale, date: Date) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);

/** Queues the invitation in the caller's transaction (a rolled-back plan sends nothing). */
export async function sendReviewInvitation(ctx: SignedInContext, input: { review: ReviewRow; task: string }) {
  const { review, task } = input;
  const found = await ctx.db
    .select({ id: people.id, name: people.name, email: people.email, locale: people.locale })
    .from(people)
    .where(and(eq(people.orgId, review.orgId), inArray(people.id, [review.personId, review.reviewerId])));
  const person = found.find((p) => p.id === review.personId);
  const reviewer = found.find((p) => p.id === review.reviewerId);
  if (!person || !reviewer) return;
  const start = new Date(review.startsAt);
  const end = new Date(start.getTime() + REVIEW_MINUTES * 60_000);
  const link = `${ctx.config.publicUrl}/licences/reviews/${review.id}`;
  const attendees = [person, reviewer].filter((p) => p.email).map((p) => ({ name: p.name, email: p.email! }));
  for (const [recipient, other] of [
    [person, reviewer],
    [reviewer, person],
  ] as const) {
    if (!recipient.email) continue;
    const t = texts[recipient.locale];
    const body = t.body(task, whenText(recipient.locale, start), other.name);
    const ics = buildIcs({
      method: 'REQUEST',
      uid: review.calendarUid,
      sequence: 0,
      start,
      end,
      stamp: ctx.now(),
      summary: t.subject(task),
      description: `${body.join('\n')}\n${link}`,
      url: link,
      organizer: { name: reviewer.name, email: reviewer.email ?? recipient.email },
      attendees,
    });
    await queueMail(ctx.db, {
      orgId: review.orgId,
      to: recipient.email,
      subject: t.subject(task),
      text: [...body, link, '', 'MUP'].join('\n'),
      ics,
    });
  }
}
