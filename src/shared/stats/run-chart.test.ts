import { describe, expect, it } from 'vitest';
import { analyseRunChart, type PhaseAnalysis, type PhaseAnalysed } from './run-chart.js';
import { seededRandom } from './seeded-random.js';

function analysed(phase: PhaseAnalysis | undefined): PhaseAnalysed {
  expect(phase?.status).toBe('analysed');
  return phase as PhaseAnalysed;
}

/** Weekly scores around 20 (sd 3), one decimal as people record them; seed 1 is not special. */
function randomSeries(seed: number, length: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, () => Math.round(random.normal(20, 3) * 10) / 10);
}

describe('a run chart by the Anhøj rules', () => {
  it('a rising series: too few crossings, no long run (hand-computed)', () => {
    // Median 6.5: six points below, then six above. n = 12: runs up to 7 allowed, at least 3 crossings.
    const phase = analysed(
      analyseRunChart([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { direction: 'higher' }).phases[0],
    );
    expect(phase).toMatchObject({ median: 6.5, n: 12, nUseful: 12, longestRun: 6, crossings: 1 });
    expect([phase.longestRunLimit, phase.crossingsLimit]).toEqual([7, 3]);
    expect(phase.signals).toEqual([{ kind: 'few_crossings', crossings: 1, limit: 3 }]);
    expect(phase.signalPoints).toEqual([]);
  });

  it('eight in a row above the median in 20 points is a long run, and an improvement when higher is better', () => {
    // Sorted: 1 1 1 1 2 2 2 | 5 5 5 | 6 6 | 9 ×8 → median (5 + 6) / 2 = 5.5.
    // Sides: b b b a b b b a b b b b, then a ×8 → runs 3 1 3 1 4 8: 5 crossings, longest 8.
    const values = [1, 5, 2, 6, 1, 5, 2, 6, 1, 5, 2, 1, 9, 9, 9, 9, 9, 9, 9, 9];
    const phase = analysed(analyseRunChart(values, { direction: 'higher' }).phases[0]);
    expect(phase).toMatchObject({ median: 5.5, nUseful: 20, longestRun: 8, crossings: 5 });
    expect([phase.longestRunLimit, phase.crossingsLimit]).toEqual([7, 6]);
    expect(phase.signals).toEqual([
      {
        kind: 'long_run',
        side: 'above',
        length: 8,
        limit: 7,
        indices: [12, 13, 14, 15, 16, 17, 18, 19],
        assessment: 'improvement',
      },
      { kind: 'few_crossings', crossings: 5, limit: 6 },
    ]);
    expect(phase.signalPoints).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
    const lower = analysed(analyseRunChart(values, { direction: 'lower' }).phases[0]);
    expect(lower.signals[0]).toMatchObject({ kind: 'long_run', assessment: 'deterioration' });
  });

  it('points on the median are not counted, and ties do not break runs', () => {
    // Six 1s, six 9s and three 5s: the median is 5; the twelve useful points alternate.
    const values = [5, 1, 9, 5, 1, 9, 1, 9, 5, 1, 9, 1, 9, 1, 9];
    const phase = analysed(analyseRunChart(values, { direction: 'higher' }).phases[0]);
    expect(phase).toMatchObject({ median: 5, n: 15, nUseful: 12, onMedian: 3, longestRun: 1, crossings: 11 });
    expect(phase.signals).toEqual([]);
    expect(phase.sides.filter((s) => s === 'on')).toHaveLength(3);
  });

  it('an all-equal series has no useful points: no rule applies, which is not "no signal"', () => {
    const phase = analyseRunChart(Array(14).fill(3), { direction: 'higher' }).phases[0];
    expect(phase).toMatchObject({ status: 'too_few_points', median: 3, n: 14, nUseful: 0, onMedian: 14 });
    expect(phase).not.toHaveProperty('signals');
  });

  it('with fewer than ten useful points no rule applies, however striking the series', () => {
    // Eleven points, the two 6s on the median: nine useful, five below and then four above.
    const nine = analyseRunChart([1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10], { direction: 'higher' }).phases[0];
    expect(nine).toMatchObject({ status: 'too_few_points', nUseful: 9, minimumUseful: 10, crossings: 1 });
    // Twelve points, three on the median: nine useful.
    const ties = analyseRunChart([1, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9, 10], { direction: 'higher' }).phases[0];
    expect(ties).toMatchObject({ status: 'too_few_points', median: 5, nUseful: 9, onMedian: 3 });
    // Ten useful points: the rules apply.
    expect(analyseRunChart([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { direction: 'higher' }).phases[0]?.status).toBe(
      'analysed',
    );
  });

  describe('24 points', () => {
    const random = randomSeries(1, 24);
    // The last eight weeks three standard deviations higher.
    const shifted = random.map((v, i) => (i >= 16 ? Math.round((v + 9) * 10) / 10 : v));

    it('a random series gives no signal', () => {
      const phase = analysed(analyseRunChart(random, { direction: 'higher' }).phases[0]);
      expect(phase).toMatchObject({ median: 20.5, nUseful: 24, longestRun: 4, crossings: 14 });
      expect(phase.signals).toEqual([]);
    });

    it('the same series with a shift in its last eight points signals', () => {
      // The shift lifts the median itself, so the eight are a run of 8 (allowed for n = 24);
      // what gives them away is that the series now crosses too rarely.
      const phase = analysed(analyseRunChart(shifted, { direction: 'higher' }).phases[0]);
      expect(phase).toMatchObject({ median: 22.5, longestRun: 8, crossings: 6 });
      expect(phase.signals).toEqual([{ kind: 'few_crossings', crossings: 6, limit: 8 }]);
    });

    it('against a frozen baseline of the first 16 points, the shift is a long run', () => {
      const [phase] = analyseRunChart(shifted, {
        direction: 'higher',
        phases: [{ start: 0, baseline: 16 }],
      }).phases;
      const p = analysed(phase);
      // The median of the first 16 is (20.7 + 20.9) / 2; all 24 points are judged against it.
      expect(p).toMatchObject({ frozen: true, baselineCount: 16, n: 24, nUseful: 24, longestRun: 9 });
      expect(p.median).toBeCloseTo(20.8, 12);
      expect(p.signals).toEqual([
        {
          kind: 'long_run',
          side: 'above',
          length: 9,
          limit: 8,
          indices: [15, 16, 17, 18, 19, 20, 21, 22, 23],
          assessment: 'improvement',
        },
      ]);
    });
  });

  it('phases: each has its own median and rules, indices stay those of the whole series', () => {
    const before = [9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11];
    const after = [19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21];
    const series = [...before, ...after];
    // As one phase the level change is a run of 12 above the median of 15.
    const whole = analysed(analyseRunChart(series, { direction: 'higher' }).phases[0]);
    expect(whole).toMatchObject({ median: 15, longestRun: 12, crossings: 1 });
    expect(whole.signals.map((s) => s.kind)).toEqual(['long_run', 'long_run', 'few_crossings']);

    const { phases } = analyseRunChart(series, {
      direction: 'higher',
      phases: [{ start: 0 }, { start: 12 }],
    });
    expect(phases.map((p) => [p.start, p.end, p.median, p.n, p.crossings])).toEqual([
      [0, 12, 10, 12, 11],
      [12, 24, 20, 12, 11],
    ]);
    expect(phases.every((p) => p.status === 'analysed' && p.signals.length === 0)).toBe(true);

    // Runs in the second phase are reported by their places in the whole series. Its median is
    // (21 + 26) / 2: eight points below, then eight above — with lower better, one run is good news.
    const later = [...before, 19, 21, 19, 21, 19, 21, 19, 21, 26, 27, 26, 27, 26, 27, 26, 27];
    const second = analysed(
      analyseRunChart(later, { direction: 'lower', phases: [{ start: 0 }, { start: 12 }] }).phases[1],
    );
    expect(second).toMatchObject({ median: 23.5, longestRunLimit: 7, crossingsLimit: 4 });
    expect(second.signals.map((s) => [s.kind, s.kind === 'long_run' && s.assessment])).toEqual([
      ['long_run', 'improvement'],
      ['long_run', 'deterioration'],
      ['few_crossings', false],
    ]);
    expect(second.signalPoints).toEqual(Array.from({ length: 16 }, (_, i) => 12 + i));
  });

  it('a frozen baseline longer than the phase so far uses all its points', () => {
    const phase = analyseRunChart([1, 2, 3, 4], { direction: 'higher', phases: [{ start: 0, baseline: 12 }] })
      .phases[0];
    expect(phase).toMatchObject({ frozen: true, baselineCount: 4, median: 2.5, status: 'too_few_points' });
  });

  it('an empty series has no phases; malformed input is refused', () => {
    expect(analyseRunChart([], { direction: 'higher' }).phases).toEqual([]);
    const direction = 'higher' as const;
    expect(() => analyseRunChart([1, Number.NaN], { direction })).toThrow(RangeError);
    expect(() => analyseRunChart([1, 2, 3], { direction, phases: [{ start: 1 }] })).toThrow(RangeError);
    expect(() => analyseRunChart([1, 2, 3], { direction, phases: [{ start: 0 }, { start: 3 }] })).toThrow(
      RangeError,
    );
    expect(() => analyseRunChart([1, 2, 3], { direction, phases: [{ start: 0 }, { start: 0 }] })).toThrow(
      RangeError,
    );
    expect(() => analyseRunChart([1, 2, 3], { direction, phases: [{ start: 0, baseline: 0 }] })).toThrow(
      RangeError,
    );
  });
});
