import type { Db } from '../../server/db/client.js';
import type { Config } from '../../server/config.js';
import { queueMail } from '../../server/mail/send.js';
import type { Locale } from '../../shared/roles.js';
import { buildIcs, type IcsMethod } from './ics.js';
import type { ConversationRow, Participant } from './records.js';
import { TIME_ZONE } from './time.js';

/*
 * The calendar mails of a 1:1: an invitation, an update when it moves, a cancellation. Each goes
 * out in the recipient's language and carries the same calendar event (same UID, rising SEQUENCE).
 */

export type CalendarChange = 'invite' | 'update' | 'cancel';

interface Vars {
  other: string;
  when: string;
  location: string | null;
  link: string;
}

const texts: Record<Locale, { summary: (other: string) => string; subject: Record<CalendarChange, (v: Vars) => string>; body: Record<CalendarChange, (v: Vars) => string[]> }> = {
  da: {
    summary: (other) => `1:1-samtale med ${other}`,
    subject: {
      invite: (v) => `Invitation: 1:1-samtale med ${v.other} ${v.when}`,
      update: (v) => `Flyttet: 1:1-samtale med ${v.other} ${v.when}`,
      cancel: (v) => `Aflyst: 1:1-samtale med ${v.other} ${v.when}`,
    },
    body: {
      invite: (v) => [`Du har en 1:1-samtale med ${v.other} ${v.when}.`, '', 'Skriv gerne de punkter, du vil tale om, på dagsordenen før samtalen:'],
      update: (v) => [`Jeres 1:1-samtale er flyttet til ${v.when}.`, '', 'Dagsorden og noter ligger samme sted som før:'],
      cancel: (v) => [`Jeres 1:1-samtale ${v.when} er aflyst.`, '', 'Samtalen kan stadig ses her:'],
    },
  },
  en: {
    summary: (other) => `1:1 conversation with ${other}`,
    subject: {
      invite: (v) => `Invitation: 1:1 conversation with ${v.other} ${v.when}`,
      update: (v) => `Moved: 1:1 conversation with ${v.other} ${v.when}`,
      cancel: (v) => `Cancelled: 1:1 conversation with ${v.other} ${v.when}`,
    },
    body: {
      invite: (v) => [`You have a 1:1 conversation with ${v.other} ${v.when}.`, '', 'Add the points you want to talk about to the agenda before you meet:'],
      update: (v) => [`Your 1:1 conversation has moved to ${v.when}.`, '', 'The agenda and notes are where they were:'],
      cancel: (v) => [`Your 1:1 conversation ${v.when} is cancelled.`, '', 'You can still see the conversation here:'],
    },
  },
};

const whenText = (locale: Locale, date: Date) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(date);

/** The address the organiser's line falls back to when the leader has no email address. */
function mailFromAddress(config: Config): string {
  return /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom;
}

/** Queues the calendar mail to each participant with an email address, in the caller's transaction. */
export async function queueCalendarMails(
  db: Db,
  config: Config,
  input: { conversation: ConversationRow; leader: Participant; subject: Participant; change: CalendarChange; now: Date },
) {
  const { conversation: c, leader, subject, change, now } = input;
  const method: IcsMethod = change === 'cancel' ? 'CANCEL' : 'REQUEST';
  const start = new Date(c.startsAt);
  const end = new Date(start.getTime() + c.durationMinutes * 60_000);
  const link = `${config.publicUrl}/conversations/${c.id}`;
  const organizer = { name: leader.name, email: leader.email ?? mailFromAddress(config) };
  const attendees = [leader, subject].filter((p) => p.email).map((p) => ({ name: p.name, email: p.email! }));
  for (const [recipient, other] of [
    [leader, subject],
    [subject, leader],
  ] as const) {
    if (!recipient.email) continue;
    const t = texts[recipient.locale];
    const vars: Vars = { other: other.name, when: whenText(recipient.locale, start), location: c.location, link };
    const ics = buildIcs({
      method,
      uid: c.calendarUid,
      sequence: c.calendarSequence,
      start,
      end,
      stamp: now,
      summary: t.summary(other.name),
      description: `${t.body[change](vars).join('\n')}\n${link}`,
      location: c.location,
      url: link,
      organizer,
      attendees,
    });
    await queueMail(db, {
      orgId: c.orgId,
      to: recipient.email,
      subject: t.subject[change](vars),
      text: [...t.body[change](vars), link, '', ...(c.location ? [c.location, ''] : []), 'MUP'].join('\n'),
      ics,
    });
  }
}
