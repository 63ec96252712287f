/*
 * Local time in Denmark, for proposing a 1:1 at a sensible hour on a working day. Stored times are
 * UTC; the proposal is made by the Copenhagen wall clock (summer time included).
 */

export const TIME_ZONE = 'Europe/Copenhagen';
/** A proposed 1:1 starts at this local hour. */
export const PROPOSED_HOUR = 10;
export const DEFAULT_INTERVAL_WEEKS = 8;
const DAY = 24 * 60 * 60 * 1000;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
});

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: string;
}

export function localParts(date: Date): LocalParts {
  const p = Object.fromEntries(partsFormat.formatToParts(date).map((x) => [x.type, x.value]));
  return {
    year: +p.year!,
    month: +p.month!,
    day: +p.day!,
    hour: +p.hour!,
    minute: +p.minute!,
    weekday: p.weekday!,
  };
}

/** The UTC instant of a Copenhagen wall-clock time. */
export function copenhagenTime(year: number, month: number, day: number, hour: number, minute = 0): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  // Two rounds settle the offset, also on the days summer time starts or ends.
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(guess));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess += wanted - shown;
  }
  return new Date(guess);
}

/**
 * The proposed start of the next 1:1: the last one (held or planned) plus the interval, never
 * earlier than tomorrow, moved off a weekend, at PROPOSED_HOUR local time.
 */
export function proposeNext(last: Date | null, intervalWeeks: number, now: Date): Date {
  const earliest = new Date(now.getTime() + DAY);
  let day = last ? new Date(last.getTime() + intervalWeeks * 7 * DAY) : earliest;
  if (day < earliest) day = earliest;
  for (;;) {
    const p = localParts(day);
    if (p.weekday !== 'Sat' && p.weekday !== 'Sun')
      return copenhagenTime(p.year, p.month, p.day, PROPOSED_HOUR);
    // From local noon a day later is the next date, whatever summer time does.
    day = new Date(copenhagenTime(p.year, p.month, p.day, 12).getTime() + DAY);
  }
}
