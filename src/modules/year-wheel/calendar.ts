import type { Db } from '../../server/db/client.js';
import type { Locale } from '../../shared/roles.js';
import type { FeedEvent } from './ics-feed.js';
import { entryQuery, unitForumMeetings, type EntryRow } from './records.js';
import { WHEEL_TEXTS } from './texts.js';

/** A discussion in a forum with a meeting time takes the forum's time and length; everything else is whole days. */
export function entryEvent(row: EntryRow, locale: Locale): FeedEvent {
  const texts = WHEEL_TEXTS[locale];
  const base = {
    uid: `year-wheel-${row.id}@mup`,
    summary: texts.entry(row.kind, row.title, row.forumName),
    description: [row.data ? `${texts.data}: ${row.data}` : null, row.note].filter(Boolean).join('\n'),
  };
  if (row.kind === 'discuss' && row.forumTime && !row.endsOn)
    return { ...base, local: { day: row.startsOn, time: row.forumTime, minutes: row.forumMinutes ?? 60 } };
  return { ...base, allDay: { from: row.startsOn, to: row.endsOn ?? row.startsOn } };
}

/** The unit's wheel between two days as calendar events: its entries and its forums' meetings by cadence. */
export async function wheelEvents(
  db: Db,
  orgId: string,
  unitId: string,
  from: string,
  to: string,
  locale: Locale,
): Promise<FeedEvent[]> {
  const texts = WHEEL_TEXTS[locale];
  const entries = await entryQuery(db, orgId, { unitId, from, to });
  const forums = await unitForumMeetings(db, orgId, unitId, from, to);
  const meetings: FeedEvent[] = forums.flatMap((f) =>
    f.meetings.map((day): FeedEvent => {
      const base = { uid: `forum-${f.id}-${day}@mup`, summary: texts.meeting(f.name), description: '' };
      return f.meetingTime
        ? { ...base, local: { day, time: f.meetingTime, minutes: f.durationMinutes ?? 60 } }
        : { ...base, allDay: { from: day, to: day } };
    }),
  );
  return [...entries.map((e) => entryEvent(e, locale)), ...meetings];
}
