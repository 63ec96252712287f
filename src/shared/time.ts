/*
 * Time in Denmark, defined once for both sides. Instants are stored and sent in UTC; what a person
 * means by "today", "Monday" or "10 o'clock" is the Copenhagen wall clock, summer time included.
 * A calendar day travels as yyyy-mm-dd.
 */

export const TIME_ZONE = 'Europe/Copenhagen';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

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

/** The Copenhagen calendar day of an instant, yyyy-mm-dd. */
export const localDay = (at: Date): string => dayFormat.format(at);

/** Today in Copenhagen, yyyy-mm-dd. */
export const today = (): string => localDay(new Date());

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** Mon, Tue, … (English short names, for comparison, never for display). */
  weekday: string;
}

/** An instant as read on a Copenhagen clock. */
export function localParts(at: Date): LocalParts {
  const p = Object.fromEntries(partsFormat.formatToParts(at).map((x) => [x.type, x.value]));
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

/** The instant a local day (yyyy-mm-dd) begins in Copenhagen. */
export function startOfLocalDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return copenhagenTime(y, m, d, 0);
}

/** yyyy-mm-dd plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
