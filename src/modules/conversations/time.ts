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
