/*
 * Local time in Denmark, for proposing a 1:1 at a sensible hour on a working day. Stored times are
 * UTC; the proposal is made by the Copenhagen wall clock (summer time included).
 */
import { copenhagenTime, localParts } from '../../shared/time.js';

/** A proposed 1:1 starts at this local hour. */
export const PROPOSED_HOUR = 10;
export const DEFAULT_INTERVAL_WEEKS = 8;
const DAY = 24 * 60 * 60 * 1000;

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

/** A conversation already in MUP: when it starts and how long it lasts. */
export interface Busy {
  startsAt: Date;
  durationMinutes: number;
}

/** A proposed 1:1 is checked against the others for this long (the schedule form's default). */
export const PROPOSED_MINUTES = 45;
/** Local hours tried on a day, best first: the usual ten o'clock, then after lunch, then around. */
const HOURS_TRIED = [PROPOSED_HOUR, 13, 9, 11, 14, 8, 15];
/** Working days tried from the rhythm's date before giving up. */
const DAYS_TRIED = 10;

/**
 * The first time from `wanted` on (same day first, then the following working days) that falls
 * clear of the leader's and the person's other conversations. `moved` says the rhythm's time was
 * taken; `free: false` that no clear time was found, and `wanted` is proposed all the same.
 */
export function proposeClear(
  wanted: Date,
  busy: readonly Busy[],
  minutes = PROPOSED_MINUTES,
): { startsAt: Date; moved: boolean; free: boolean } {
  const clashes = (start: Date) => {
    const end = start.getTime() + minutes * 60_000;
    return busy.some((b) => {
      const bStart = b.startsAt.getTime();
      return bStart < end && start.getTime() < bStart + b.durationMinutes * 60_000;
    });
  };
  if (!clashes(wanted)) return { startsAt: wanted, moved: false, free: true };
  let day = wanted;
  for (let tried = 0; tried < DAYS_TRIED;) {
    const p = localParts(day);
    if (p.weekday !== 'Sat' && p.weekday !== 'Sun') {
      for (const hour of HOURS_TRIED) {
        const start = copenhagenTime(p.year, p.month, p.day, hour);
        if (start >= wanted && !clashes(start)) return { startsAt: start, moved: true, free: true };
      }
      tried++;
    }
    day = new Date(copenhagenTime(p.year, p.month, p.day, 12).getTime() + DAY);
  }
  return { startsAt: wanted, moved: false, free: false };
}
