import { describe, expect, it } from 'vitest';
import { mean, median } from './descriptive.js';
import { distribution, FIVE_POINT, groupIndexScore, indexScore, toPoints } from './index-scores.js';

describe('index scores', () => {
  it('a 1–5 score as 0–100 points', () => {
    expect([1, 2, 3, 4, 5].map((s) => toPoints(s))).toEqual([0, 25, 50, 75, 100]);
    expect(toPoints(3.8, FIVE_POINT)).toBeCloseTo(70, 12);
    expect(toPoints(7, { min: 0, max: 10 })).toBeCloseTo(70, 12);
    expect(() => toPoints(0.9)).toThrow(RangeError);
    expect(() => toPoints(3, { min: 5, max: 5 })).toThrow(RangeError);
  });

  it('a respondent’s index is the mean of the items answered, if at least half are', () => {
    expect(indexScore([4, 5, 3, 4])).toBe(4);
    expect(indexScore([4, null, 2, null])).toBe(3);
    expect(indexScore([4, null, null, null])).toBeNull();
    // Three items: two answers needed.
    expect(indexScore([5, null, null])).toBeNull();
    expect(indexScore([5, 3, null])).toBe(4);
    expect(indexScore([5, null, null], 1)).toBe(5);
    expect(indexScore([])).toBeNull();
  });

  it('a group’s index is the mean of its respondents’ indices, counting those who have one', () => {
    expect(
      groupIndexScore([
        [5, 5, 5, 5],
        [3, 3, null, 3],
        [1, null, null, null],
      ]),
    ).toEqual({ score: 4, respondents: 2 });
    expect(groupIndexScore([])).toEqual({ score: null, respondents: 0 });
  });

  it('the distribution counts each value of the scale, zeros included, in the scale’s order', () => {
    expect(distribution([5, 4, 4, null, 1, 4], [1, 2, 3, 4, 5])).toEqual([
      { value: 1, count: 1 },
      { value: 2, count: 0 },
      { value: 3, count: 0 },
      { value: 4, count: 3 },
      { value: 5, count: 1 },
    ]);
    expect(() => distribution([6], [1, 2, 3, 4, 5])).toThrow(RangeError);
  });

  it('mean and median', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect([mean([]), median([])]).toEqual([null, null]);
  });
});
