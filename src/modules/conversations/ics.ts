/*
 * A small iCalendar (RFC 5545) writer for one meeting invitation, update or cancellation.
 * Times are written in UTC ('Z' form), which every calendar client reads without a VTIMEZONE.
 */

export type IcsMethod = 'REQUEST' | 'CANCEL';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  method: IcsMethod;
  /** Stable across invitation, updates and cancellation, so clients update the same event. */
  uid: string;
  /** Raised on every change the recipients must see. */
  sequence: number;
  start: Date;
  end: Date;
  /** When this version of the event was written. */
  stamp: Date;
  summary: string;
  description: string;
  location?: string | null;
  url?: string;
  organizer: IcsPerson;
  attendees: IcsPerson[];
}

const CRLF = '\r\n';

/** TEXT values: backslash, semicolon and comma escaped; line breaks as \n (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN=…): quoted, and without the characters a quoted value cannot hold. */
function paramValue(value: string): string {
  const clean = [...value].filter((c) => c !== '"' && (c === '\t' || (c >= ' ' && c !== '\x7f'))).join('');
  return `"${clean}"`;
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space.
 * Counted in UTF-8 bytes, and never inside a multi-byte character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > limit) {
      out.push(current);
      current = ' ';
      bytes = 1;
      limit = 75;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 2026-11-22T09:00:00.000Z → 20261122T090000Z */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const mailto = (email: string) => `mailto:${email.replace(/[\r\n]/g, '')}`;

/** The whole calendar object, CRLF line endings, folded lines. */
export function buildIcs(event: IcsEvent): string {
  const cancelled = event.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MUP//Conversations//DA',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:${mailto(event.organizer.email)}`,
    ...event.attendees.map(
      (a) =>
        `ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${cancelled ? 'DECLINED' : 'NEEDS-ACTION'};RSVP=${cancelled ? 'FALSE' : 'TRUE'}:${mailto(a.email)}`,
    ),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Unfolds and splits a calendar into [name;params, value] pairs; for tests and sanity checks. */
export function parseIcs(text: string): { name: string; params: string; value: string }[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      // The value starts after the first colon outside a quoted parameter value.
      let quoted = false;
      let at = -1;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '"') quoted = !quoted;
        else if (line[i] === ':' && !quoted) {
          at = i;
          break;
        }
      }
      const head = at === -1 ? line : line.slice(0, at);
      const semi = head.indexOf(';');
      return {
        name: semi === -1 ? head : head.slice(0, semi),
        params: semi === -1 ? '' : head.slice(semi + 1),
        value: at === -1 ? '' : line.slice(at + 1),
      };
    });
}
