import type { CadenceUnit } from './constants.js';

/** A forum's rhythm: every `every` weeks or months, counted from `anchor` (a meeting day, YYYY-MM-DD). */
export interface Cadence {
  every: number;
  unit: CadenceUnit;
  anchor: string;
}

const DAY_MS = 86_400_000;
const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The k-th meeting day after the anchor. Months keep the anchor's day, or the month's last day (31 → 30, 28/29). */
export function occurrence(c: Cadence, k: number): string {
  if (c.unit === 'week') return fromUtc(toUtc(c.anchor) + k * c.every * 7 * DAY_MS);
  const [y, m, d] = c.anchor.split('-').map(Number) as [number, number, number];
  const months = m - 1 + k * c.every;
  const year = y + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(d, last)));
}

/**
 * The meeting days on or after `from` and up to `until` (both YYYY-MM-DD), at most `limit` of them.
 * Each day is computed from the anchor, never from the previous one, so month ends do not drift.
 */
export function meetingDays(c: Cadence, from: string, until: string, limit = 60): string[] {
  // A first guess at or before the first day wanted (a month counted as its longest), then forward.
  const stepDays = c.unit === 'week' ? c.every * 7 : c.every * 31;
  let k = Math.max(0, Math.floor((toUtc(from) - toUtc(c.anchor)) / DAY_MS / stepDays) - 1);
  const days: string[] = [];
  for (let guard = 0; days.length < limit && guard < 1000; guard++, k++) {
    const day = occurrence(c, k);
    if (day > until) break;
    if (day >= from) days.push(day);
  }
  return days;
}
