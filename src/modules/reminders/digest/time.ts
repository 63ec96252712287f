/*
 * Digest days are Copenhagen calendar days: a digest is "today's" from local midnight, goes out
 * from 07:00 local time, and a weekly one on Mondays — summer time included.
 */
import { TIME_ZONE } from '../../../shared/time.js';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  hour: '2-digit',
  weekday: 'short',
});

export function localHourAndWeekday(now: Date): { hour: number; weekday: string } {
  const p = Object.fromEntries(partsFormat.formatToParts(now).map((x) => [x.type, x.value]));
  return { hour: Number(p.hour), weekday: String(p.weekday) };
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
