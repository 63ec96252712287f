import { describe, expect, it } from 'vitest';
import { analyseRunChart } from './run-chart.js';
import { explainRunChartPhase } from './run-chart-texts.js';

const SHIFT_UP = [1, 5, 2, 6, 1, 5, 2, 6, 1, 5, 2, 1, 9, 9, 9, 9, 9, 9, 9, 9];

function explain(values: number[], direction: 'higher' | 'lower', baseline?: number) {
  const [phase] = analyseRunChart(values, { direction, phases: [{ start: 0, baseline }] }).phases;
  return { da: explainRunChartPhase(phase!, 'da'), en: explainRunChartPhase(phase!, 'en') };
}

describe('run-chart explanations', () => {
  it('a long run in the good direction, then too few crossings', () => {
    const { da, en } = explain(SHIFT_UP, 'higher');
    expect(da).toHaveLength(2);
    expect(da[0]).toMatch(/^8 målinger i træk ligger over midterlinjen – flere end de 7/);
    expect(da[0]).toContain('i den retning, I ønsker');
    expect(da[1]).toMatch(
      /^Kurven krydser kun midterlinjen 5 gange; tilfældige udsving ville give mindst 6\./,
    );
    expect(en[0]).toMatch(/^8 measurements in a row lie above the centre line – more than the 7/);
    expect(en[0]).toContain('in the direction you want');
    expect(en[1]).toContain('only 5 times');
  });

  it('the same run is bad news when lower is better', () => {
    const { da, en } = explain(SHIFT_UP, 'lower');
    expect(da[0]).toContain('desværre i den forkerte retning');
    expect(en[0]).toContain('in the wrong direction');
    expect(da[0]).not.toContain('I ønsker');
  });

  it('no signal is said as "not shown yet", not as "nothing changed"', () => {
    const { da, en } = explain([9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11], 'higher');
    expect(da).toEqual([
      expect.stringMatching(/^Ingen signaler: de 12 målinger svinger omkring midterlinjen/),
    ]);
    expect(da[0]).toContain('kun at data ikke viser det endnu');
    expect(en[0]).toContain('only that the data does not show it yet');
  });

  it('too few useful points says that no rule applies yet, and counts the points on the median', () => {
    const { da, en } = explain([1, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9, 10], 'higher');
    expect(da[0]).toMatch(/^Der er kun 9 målinger, som ikke ligger på midterlinjen\. Først ved 10/);
    expect(da[1]).toBe('3 målinger ligger præcis på midterlinjen og tæller ikke med.');
    expect(en[0]).toMatch(/^There are only 9 measurements off the centre line\. .* from 10 on/);
    expect(en[1]).toBe('3 measurements lie exactly on the centre line and are not counted.');
    expect(explain([4], 'higher').da).toEqual([
      expect.stringMatching(/^Der er endnu ingen målinger, som ikke/),
      '1 måling ligger præcis på midterlinjen og tæller ikke med.',
    ]);
    expect(explain([4, 5], 'higher').en[0]).toMatch(/^There are only 2 measurements/);
  });

  it('a frozen baseline is named', () => {
    const { da, en } = explain([9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 10, 12], 'higher', 12);
    expect(da.at(-1)).toMatch(/^Midterlinjen er medianen af de første 12 målinger \(basislinjen\)/);
    expect(en.at(-1)).toMatch(/^The centre line is the median of the first 12 measurements \(the baseline\)/);
  });
});
