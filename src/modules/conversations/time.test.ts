import { describe, expect, it } from 'vitest';
import { copenhagenTime, localParts } from '../../shared/time.js';
import { proposeNext } from './time.js';

describe('Copenhagen time', () => {
  it('converts wall-clock time in winter and summer', () => {
    expect(copenhagenTime(2026, 1, 15, 10).toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(copenhagenTime(2026, 7, 15, 10).toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(copenhagenTime(2026, 3, 29, 10).toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });

  it('proposes the last 1:1 plus the interval, on a weekday at ten', () => {
    // Friday 2 Jan 2026 + 8 weeks = Friday 27 Feb.
    const next = proposeNext(new Date('2026-01-02T13:00:00Z'), 8, new Date('2026-01-05T12:00:00Z'));
    expect(next.toISOString()).toBe('2026-02-27T09:00:00.000Z');
    // Saturday + 1 week lands on a Saturday: moved to Monday.
    const weekend = proposeNext(new Date('2026-01-03T09:00:00Z'), 1, new Date('2026-01-03T12:00:00Z'));
    expect(localParts(weekend)).toMatchObject({ weekday: 'Mon', day: 12, hour: 10 });
  });

  it('never proposes a date in the past', () => {
    const now = new Date('2026-06-10T12:00:00Z');
    const next = proposeNext(new Date('2025-01-01T09:00:00Z'), 8, now);
    expect(next.getTime()).toBeGreaterThan(now.getTime());
    expect(localParts(next)).toMatchObject({ day: 11, hour: 10 });
    expect(localParts(proposeNext(null, 8, now))).toMatchObject({ day: 11, hour: 10 });
  });
});
