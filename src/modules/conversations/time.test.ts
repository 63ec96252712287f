import { describe, expect, it } from 'vitest';
import { copenhagenTime, localParts } from '../../shared/time.js';
import { proposeClear, proposeNext } from './time.js';

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

describe('a proposed time clear of other conversations', () => {
  // Tuesday 10 March 2026, ten o'clock in Copenhagen.
  const wanted = copenhagenTime(2026, 3, 10, 10);
  const at = (day: number, hour: number, minute = 0) => copenhagenTime(2026, 3, day, hour, minute);

  it('keeps the rhythm’s time when nothing else is planned then', () => {
    const busy = [{ startsAt: at(10, 11), durationMinutes: 60 }];
    expect(proposeClear(wanted, busy)).toEqual({ startsAt: wanted, moved: false, free: true });
  });

  it('moves past a conversation that overlaps, to the next hour tried that day', () => {
    const busy = [{ startsAt: at(10, 9, 30), durationMinutes: 60 }];
    const proposal = proposeClear(wanted, busy);
    expect(proposal.moved).toBe(true);
    expect(localParts(proposal.startsAt)).toMatchObject({ day: 10, hour: 13 });
  });

  it('goes on to the next working day when the rest of the day is taken, never earlier', () => {
    const busy = [{ startsAt: at(10, 8), durationMinutes: 9 * 60 }];
    const proposal = proposeClear(wanted, busy);
    expect(localParts(proposal.startsAt)).toMatchObject({ day: 11, hour: 10 });
    // Friday taken all day: Monday, not Saturday.
    const friday = copenhagenTime(2026, 3, 13, 10);
    const moved = proposeClear(friday, [{ startsAt: at(13, 0), durationMinutes: 24 * 60 }]);
    expect(localParts(moved.startsAt)).toMatchObject({ weekday: 'Mon', day: 16, hour: 10 });
  });

  it('says so when no time is clear, and proposes the rhythm’s time all the same', () => {
    const busy = [{ startsAt: at(1, 0), durationMinutes: 60 * 24 * 31 }];
    expect(proposeClear(wanted, busy)).toEqual({ startsAt: wanted, moved: false, free: false });
  });
});
