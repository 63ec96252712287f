import { escapeText, foldLine, formatUtc } from '../conversations/index.js';
import { addDays } from '../../shared/time.js';

/*
 * A published calendar (RFC 5545) of a unit's year-wheel: whole days for data collection and
 * discussions, and the forums' meetings at their local time in Europe/Copenhagen, with the zone
 * defined in the calendar so every client places them right across summer time.
 */

const CRLF = '\r\n';
export const FEED_TZID = 'Europe/Copenhagen';

/** The EU rule since 1996: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${FEED_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export type FeedEvent =
  | { uid: string; summary: string; description: string; allDay: { from: string; to: string } }
  | {
      uid: string;
      summary: string;
      description: string;
      local: { day: string; time: string; minutes: number };
    };

const basicDay = (day: string) => day.replace(/-/g, '');

/** A local wall-clock time plus minutes, as 20270115T133000 (the day may roll over). */
function localStamp(day: string, time: string, plusMinutes = 0): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + plusMinutes;
  const date = addDays(day, Math.floor(total / 1440));
  const rest = total % 1440;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return `${basicDay(date)}T${hh}${mm}00`;
}

function eventLines(e: FeedEvent, stamp: Date): string[] {
  const when =
    'allDay' in e
      ? [
          `DTSTART;VALUE=DATE:${basicDay(e.allDay.from)}`,
          // DTEND of a whole-day event is the day after the last one (exclusive).
          `DTEND;VALUE=DATE:${basicDay(addDays(e.allDay.to, 1))}`,
        ]
      : [
          `DTSTART;TZID=${FEED_TZID}:${localStamp(e.local.day, e.local.time)}`,
          `DTEND;TZID=${FEED_TZID}:${localStamp(e.local.day, e.local.time, e.local.minutes)}`,
        ];
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${formatUtc(stamp)}`,
    ...when,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar: CRLF line endings, lines folded at 75 octets, text escaped. */
export function buildFeed(name: string, events: FeedEvent[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MUP//Year wheel//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${FEED_TZID}`,
    ...VTIMEZONE,
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
