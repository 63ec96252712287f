/*
 * Digest days are Copenhagen calendar days: a digest is "today's" from local midnight, goes out
 * from 07:00 local time, and a weekly one on Mondays — summer time included.
 */
import { copenhagenTime, TIME_ZONE } from '../../conversations/index.js';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  hour: '2-digit',
  weekday: 'short',
});

/** The local calendar day, yyyy-mm-dd. */
export const localDay = (now: Date) => dayFormat.format(now);

export function localHourAndWeekday(now: Date): { hour: number; weekday: string } {
  const p = Object.fromEntries(partsFormat.formatToParts(now).map((x) => [x.type, x.value]));
  return { hour: Number(p.hour), weekday: String(p.weekday) };
}

/** yyyy-mm-dd plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant a local day (yyyy-mm-dd) begins in Copenhagen. */
export function startOfLocalDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return copenhagenTime(y, m, d, 0);
}

export const formatWhen = (locale: 'da' | 'en', date: Date) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(date);

export const formatDay = (locale: 'da' | 'en', day: string) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
