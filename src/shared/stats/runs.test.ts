import { describe, expect, it } from 'vitest';
import { sideOf, summariseRuns } from './runs.js';

describe('runs and crossings', () => {
  it('count runs of useful points and the changes of side between them', () => {
    const s = summariseRuns([1, 2, 3, 4, 5], 3);
    expect(s.sides).toEqual(['below', 'below', 'on', 'above', 'above']);
    expect(s.runs).toEqual([
      { side: 'below', indices: [0, 1] },
      { side: 'above', indices: [3, 4] },
    ]);
    expect([s.nUseful, s.longestRun, s.crossings]).toEqual([4, 2, 1]);
  });

  it('a point on the centre line neither breaks nor extends a run', () => {
    const s = summariseRuns([5, 3, 5, 5, 1], 3);
    expect(s.runs).toEqual([
      { side: 'above', indices: [0, 2, 3] },
      { side: 'below', indices: [4] },
    ]);
    expect([s.nUseful, s.longestRun, s.crossings]).toEqual([4, 3, 1]);
  });

  it('an alternating series crosses at every step', () => {
    const s = summariseRuns([1, 5, 1, 5, 1], 3);
    expect([s.nUseful, s.longestRun, s.crossings]).toEqual([5, 1, 4]);
  });

  it('a series all on the line has no useful points, runs or crossings', () => {
    const s = summariseRuns([2, 2, 2], 2);
    expect([s.nUseful, s.longestRun, s.crossings, s.runs.length]).toEqual([0, 0, 0, 0]);
  });

  it('a value meant to equal the median lies on it despite binary rounding', () => {
    const centre = (20.7 + 20.9) / 2; // 20.799999999999997
    expect(sideOf(20.8, centre)).toBe('on');
    expect(sideOf(20.81, centre)).toBe('above');
    expect(sideOf(0, 0)).toBe('on');
    expect(sideOf(-1e-12, 0)).toBe('below');
  });
});
