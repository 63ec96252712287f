import type { Db } from '../../server/db/client.js';
import type { Config } from '../../server/config.js';
import { queueMail } from '../../server/mail/send.js';
import type { Locale } from '../../shared/roles.js';
import { buildIcs, type IcsMethod } from './ics.js';
import type { ConversationRow, Participant } from './records.js';
import { TIME_ZONE } from '../../shared/time.js';

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

const texts: Record<
  Locale,
  {
    summary: (other: string) => string;
    subject: Record<CalendarChange, (v: Vars) => string>;
    body: Record<CalendarChange, (v: Vars) => string[]>;
  }
> = {
  da: {
    summary: (other) => `1:1-samtale med ${other}`,
    subject: {
      invite: (v) => `Invitation: 1:1-samtale med ${v.other} ${v.when}`,
      update: (v) => `Flyttet: 1:1-samtale med ${v.other} ${v.when}`,
      cancel: (v) => `Aflyst: 1:1-samtale med ${v.other} ${v.when}`,
    },
    body: {
      invite: (v) => [
        `Du har en 1:1-samtale med ${v.other} ${v.when}.`,
        '',
        'Skriv gerne de punkter, du vil tale om, på dagsordenen før samtalen:',
      ],
      update: (v) => [
        `Jeres 1:1-samtale er flyttet til ${v.when}.`,
        '',
        'Dagsorden og noter ligger samme sted som før:',
      ],
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
      invite: (v) => [
        `You have a 1:1 conversation with ${v.other} ${v.when}.`,
        '',
        'Add the points you want to talk about to the agenda before you meet:',
      ],
      update: (v) => [
        `Your 1:1 conversation has moved to ${v.when}.`,
        '',
        'The agenda and notes are where they were:',
      ],
      cancel: (v) => [
        `Your 1:1 conversation ${v.when} is cancelled.`,
        '',
        'You can still see the conversation here:',
      ],
    },
  },
};

const whenText = (locale: Locale, date: Date) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);

/** The address the organiser's line falls back to when the leader has no email address. */
function mailFromAddress(config: Config): string {
  return /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom;
}

/** Queues the calendar mail to each participant with an email address, in the caller's transaction. */
export async function queueCalendarMails(
  db: Db,
  config: Config,
  input: {
    conversation: ConversationRow;
    leader: Participant;
    subject: Participant;
    change: CalendarChange;
    now: Date;
  },
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
    const vars: Vars = {
      other: other.name,
      when: whenText(recipient.locale, start),
      location: c.location,
      link,
    };
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

const teamTexts: Record<
  Locale,
  {
    summary: Record<'team' | 'peer_group', (team: string) => string>;
    subject: Record<CalendarChange, (title: string, when: string) => string>;
    body: Record<CalendarChange, (title: string, when: string) => string[]>;
  }
> = {
  da: {
    summary: {
      team: (team) => `Teamudviklingssamtale: ${team}`,
      peer_group: (team) => `Sparringsgruppe: ${team}`,
    },
    subject: {
      invite: (title, when) => `Invitation: ${title} ${when}`,
      update: (title, when) => `Flyttet: ${title} ${when}`,
      cancel: (title, when) => `Aflyst: ${title} ${when}`,
    },
    body: {
      invite: (title, when) => [
        `Du er inviteret til ${title} ${when}.`,
        '',
        'Dagsordenen ligger her, og du kan selv sætte punkter på – også et af dine egne læringsmål:',
      ],
      update: (title, when) => [
        `${title} er flyttet til ${when}.`,
        '',
        'Dagsorden og noter ligger samme sted som før:',
      ],
      cancel: (title, when) => [`${title} ${when} er aflyst.`, '', 'Samtalen kan stadig ses her:'],
    },
  },
  en: {
    summary: {
      team: (team) => `Team development conversation: ${team}`,
      peer_group: (team) => `Peer group: ${team}`,
    },
    subject: {
      invite: (title, when) => `Invitation: ${title} ${when}`,
      update: (title, when) => `Moved: ${title} ${when}`,
      cancel: (title, when) => `Cancelled: ${title} ${when}`,
    },
    body: {
      invite: (title, when) => [
        `You are invited to ${title} ${when}.`,
        '',
        'The agenda is here, and you can add points yourself – one of your own learning goals too:',
      ],
      update: (title, when) => [
        `${title} has moved to ${when}.`,
        '',
        'The agenda and notes are where they were:',
      ],
      cancel: (title, when) => [
        `${title} ${when} is cancelled.`,
        '',
        'You can still see the conversation here:',
      ],
    },
  },
};

/**
 * The calendar mails of a team or peer-group conversation: one to each recipient with an email
 * address, in their own language, all carrying the same event (same UID, rising SEQUENCE) with
 * every participant as an attendee. `recipients` defaults to all participants; adding or removing
 * one person mails only them.
 */
export async function queueTeamCalendarMails(
  db: Db,
  config: Config,
  input: {
    conversation: ConversationRow;
    teamName: string;
    organizer: Participant | null;
    participants: Participant[];
    recipients?: Participant[];
    change: CalendarChange;
    now: Date;
  },
) {
  const { conversation: c, teamName, participants, change, now } = input;
  const kind = c.kind === 'peer_group' ? 'peer_group' : 'team';
  const method: IcsMethod = change === 'cancel' ? 'CANCEL' : 'REQUEST';
  const start = new Date(c.startsAt);
  const end = new Date(start.getTime() + c.durationMinutes * 60_000);
  const link = `${config.publicUrl}/conversations/${c.id}`;
  const organizer = input.organizer?.email
    ? { name: input.organizer.name, email: input.organizer.email }
    : { name: 'MUP', email: mailFromAddress(config) };
  const attendees = participants.filter((p) => p.email).map((p) => ({ name: p.name, email: p.email! }));
  for (const recipient of input.recipients ?? participants) {
    if (!recipient.email) continue;
    const t = teamTexts[recipient.locale];
    const title = t.summary[kind](teamName);
    const when = whenText(recipient.locale, start);
    const ics = buildIcs({
      method,
      uid: c.calendarUid,
      sequence: c.calendarSequence,
      start,
      end,
      stamp: now,
      summary: title,
      description: `${t.body[change](title, when).join('\n')}\n${link}`,
      location: c.location,
      url: link,
      organizer,
      attendees,
    });
    await queueMail(db, {
      orgId: c.orgId,
      to: recipient.email,
      subject: t.subject[change](title, when),
      text: [...t.body[change](title, when), link, '', ...(c.location ? [c.location, ''] : []), 'MUP'].join(
        '\n',
      ),
      ics,
    });
  }
}
