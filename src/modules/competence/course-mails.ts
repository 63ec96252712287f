import { and, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { queueMail } from '../../server/mail/send.js';
import { buildIcs } from '../conversations/index.js';
import { people } from '../org/schema.js';
import type { Locale } from '../../shared/roles.js';
import { copenhagenTime } from '../../shared/time.js';

// Calendar invitations for the conversations around a course (seeds/001, transfer): the one before
// and the follow-up after, each to the participant and the leader who planned it.

const TEXTS: Record<
  Locale,
  { before: string; after: string; body: (course: string, when: string) => string }
> = {
  da: {
    before: 'Samtale før kurset',
    after: 'Opfølgning efter kurset',
    body: (course, when) =>
      `Kurset: ${course}, ${when}.\nFør: forventninger og hvad du vil bruge det til. Efter: hvad du har prøvet, og hvad der skal til nu.`,
  },
  en: {
    before: 'Conversation before the course',
    after: 'Follow-up after the course',
    body: (course, when) =>
      `The course: ${course}, ${when}.\nBefore: expectations and what you will use it for. After: what you have tried and what is needed now.`,
  },
};

/** A half-hour at 09:00 Copenhagen time on the day. */
function slot(day: string): { start: Date; end: Date } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = copenhagenTime(y, m, d, 9);
  return { start, end: new Date(start.getTime() + 30 * 60_000) };
}

export async function queueCourseInvitations(
  tx: SignedInContext,
  course: {
    id: string;
    title: string;
    courseOn: string;
    beforeOn: string;
    followUpOn: string;
    personId: string;
  },
  sequence: number,
) {
  const orgId = tx.actor.orgId;
  const found = await tx.db
    .select({ id: people.id, name: people.name, email: people.email, locale: people.locale })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, [course.personId, tx.actor.personId])));
  const attendees = found.filter((p) => p.email).map((p) => ({ name: p.name, email: p.email! }));
  const organizer = found.find((p) => p.id === tx.actor.personId);
  if (!organizer?.email) return;
  const link = `${tx.config.publicUrl}/initiatives`;
  for (const which of ['before', 'after'] as const) {
    const day = which === 'before' ? course.beforeOn : course.followUpOn;
    const { start, end } = slot(day);
    for (const recipient of found) {
      if (!recipient.email) continue;
      const t = TEXTS[recipient.locale];
      const summary = `${t[which]}: ${course.title}`;
      const ics = buildIcs({
        method: 'REQUEST',
        uid: `course-${which}-${course.id}@mup`,
        sequence,
        start,
        end,
        stamp: tx.now(),
        summary,
        description: `${t.body(course.title, course.courseOn)}\n${link}`,
        url: link,
        organizer: { name: organizer.name, email: organizer.email },
        attendees,
      });
      await queueMail(tx.db, {
        orgId,
        to: recipient.email,
        subject: `${summary} (${day})`,
        text: [t.body(course.title, course.courseOn), link, '', 'MUP'].join('\n'),
        ics,
      });
    }
  }
}
