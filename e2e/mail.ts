import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { parseMail, type ReceivedMail } from '../test/smtp-sink';

/**
 * The mail the journey's server really sent: scripts/e2e-server.mjs runs an SMTP sink that keeps
 * each message as a file in E2E_MAIL_DIR (named so that sorting by name is arrival order).
 */
export interface SentMail extends Omit<ReceivedMail, 'envelope'> {
  file: string;
}

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the journeys through `npm run test:e2e`');
  return dir;
}

/** Every mail received so far, oldest first. */
export function sentMails(): SentMail[] {
  const dir = mailDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml') && !f.startsWith('.'))
    .sort()
    .map((file) => ({ file, ...parseMail(fs.readFileSync(path.join(dir, file))) }));
}

/** A marker for "mail from now on": pass it to waitForMail to ignore what came before. */
export function mailMark(): string {
  return sentMails().at(-1)?.file ?? '';
}

/**
 * Waits for the first mail after `after` (a mailMark) that matches; the job worker sends within
 * a second or two of the change that queued the mail.
 */
export async function waitForMail(
  match: (mail: SentMail) => boolean,
  options: { after?: string; timeout?: number; what?: string } = {},
): Promise<SentMail> {
  let found: SentMail | undefined;
  await expect
    .poll(
      () => {
        found = sentMails().find((m) => m.file > (options.after ?? '') && match(m));
        return Boolean(found);
      },
      {
        timeout: options.timeout ?? 20_000,
        message: `no mail arrived at the SMTP sink: ${options.what ?? 'matching'}`,
      },
    )
    .toBe(true);
  return found!;
}

export const recipient = (mail: SentMail) => mail.to.toLowerCase();

/** One calendar property with its parameters, e.g. DTSTART;TZID=Europe/Copenhagen:20261124T100000. */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Parses an iCalendar text (RFC 5545): unfolds lines and returns the properties in order. */
export function parseIcs(text: string): IcsProperty[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  return unfolded
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map((line) => {
      // The value starts at the first colon that is not inside a quoted parameter.
      let quoted = false;
      let colon = -1;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '"') quoted = !quoted;
        else if (line[i] === ':' && !quoted) {
          colon = i;
          break;
        }
      }
      const head = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1);
      const [name = '', ...rawParams] = head.split(';');
      const params: Record<string, string> = {};
      for (const p of rawParams) {
        const eq = p.indexOf('=');
        if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"(.*)"$/, '$1');
      }
      return { name: name.toUpperCase(), params, value };
    });
}

/** The properties of the first VEVENT, by name (the first of each). */
export function icsEvent(properties: IcsProperty[]): Map<string, IcsProperty> {
  const begin = properties.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT');
  const end = properties.findIndex((p, i) => i > begin && p.name === 'END' && p.value === 'VEVENT');
  expect(begin, 'the calendar has a VEVENT').toBeGreaterThanOrEqual(0);
  expect(end, 'the VEVENT is closed').toBeGreaterThan(begin);
  const event = new Map<string, IcsProperty>();
  for (const p of properties.slice(begin + 1, end)) if (!event.has(p.name)) event.set(p.name, p);
  return event;
}

/**
 * The instant an ICS date-time stands for: UTC ("...Z"), or local in a TZID that must be
 * Europe/Copenhagen (the only zone MUP writes), converted with the platform's zone data.
 */
export function icsInstant(p: IcsProperty): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(p.value);
  if (!m) throw new Error(`not an ICS date-time: ${p.value}`);
  const [, y, mo, d, h, mi, s, z] = m;
  const asUtc = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!);
  if (z) return new Date(asUtc);
  expect(p.params.TZID, 'a local DTSTART names its zone').toBe('Europe/Copenhagen');
  // Find the offset Copenhagen had at that wall-clock time (checked twice around DST changes).
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - copenhagenOffsetMs(new Date(guess));
  return new Date(guess);
}

function copenhagenOffsetMs(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

/** "mailto:lone.mikkelsen@journeys.mup.dk" → the address, lower-cased. */
export const icsAddress = (p: IcsProperty | undefined) =>
  (p?.value ?? '').replace(/^mailto:/i, '').toLowerCase();

/** Every property of that name in the first VEVENT (ATTENDEE comes once per person). */
export function icsEventAll(properties: IcsProperty[], name: string): IcsProperty[] {
  const begin = properties.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT');
  const end = properties.findIndex((p, i) => i > begin && p.name === 'END' && p.value === 'VEVENT');
  return properties.slice(begin + 1, end).filter((p) => p.name === name);
}
