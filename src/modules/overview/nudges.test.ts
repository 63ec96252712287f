import { describe, expect, it } from 'vitest';
import { computeNudges, type NudgeInput } from './nudges.js';

const now = new Date('2026-06-15T10:00:00Z');
const today = '2026-06-15';
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);
const calm: NudgeInput = {
  goalIds: ['g1'],
  circles: [{ goalId: 'g1', deadline: '2026-07-01', status: 'open', updatedAt: daysAgo(3) }],
  lastOneToOne: daysAgo(20),
  nextOneToOne: null,
  cadenceWeeks: 8,
  overdueAgreements: 0,
  lastFeedbackAt: daysAgo(5),
};
const kinds = (input: Partial<NudgeInput>) =>
  computeNudges({ ...calm, ...input }, now, today).map((n) => n.kind);

describe('computeNudges', () => {
  it('says nothing when all is well', () => {
    expect(kinds({})).toEqual([]);
  });

  it('asks for a goal when none is in focus', () => {
    expect(kinds({ goalIds: [], circles: [] })).toEqual(['no_goal']);
  });

  it('flags a passed circle deadline, else a circle untouched for 30 days; finished circles never', () => {
    expect(
      computeNudges(
        {
          ...calm,
          circles: [{ goalId: 'g1', deadline: '2026-06-14', status: 'open', updatedAt: daysAgo(40) }],
        },
        now,
        today,
      ),
    ).toEqual([{ kind: 'circle_deadline_passed', goalId: 'g1' }]);
    expect(
      kinds({ circles: [{ goalId: 'g1', deadline: '2026-06-15', status: 'open', updatedAt: daysAgo(29) }] }),
    ).toEqual([]);
    expect(
      kinds({ circles: [{ goalId: 'g1', deadline: null, status: 'open', updatedAt: daysAgo(30) }] }),
    ).toEqual(['circle_untouched']);
    expect(
      kinds({ circles: [{ goalId: 'g1', deadline: '2026-01-01', status: 'done', updatedAt: daysAgo(90) }] }),
    ).toEqual([]);
  });

  it('asks for a 1:1 when the cadence has passed and none is planned', () => {
    expect(kinds({ lastOneToOne: daysAgo(57) })).toEqual(['one_to_one_due']);
    expect(kinds({ lastOneToOne: daysAgo(56) })).toEqual([]);
    expect(kinds({ lastOneToOne: null })).toEqual(['one_to_one_due']);
    expect(kinds({ lastOneToOne: null, nextOneToOne: daysAgo(-7) })).toEqual([]);
    expect(kinds({ lastOneToOne: daysAgo(30), cadenceWeeks: 4 })).toEqual(['one_to_one_due']);
  });

  it('counts overdue agreements and asks for feedback after 30 days or when there was none', () => {
    expect(computeNudges({ ...calm, overdueAgreements: 2 }, now, today)).toEqual([
      { kind: 'overdue_agreements', count: 2 },
    ]);
    expect(kinds({ lastFeedbackAt: daysAgo(30) })).toEqual(['no_feedback']);
    expect(kinds({ lastFeedbackAt: daysAgo(29) })).toEqual([]);
    expect(kinds({ lastFeedbackAt: null })).toEqual(['no_feedback']);
  });
});
