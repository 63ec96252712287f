import { describe, expect, it } from 'vitest';
import { trendOption } from './trend-option';

const fmt = (n: number) => n.toFixed(1).replace('.', ',');

describe('the trend chart', () => {
  it('draws one meeting as a visible point with its value', () => {
    const option = trendOption({
      labels: ['10. mar. 2026'],
      series: [{ name: 'Energi', values: [3.2], weak: false }],
      scale: { min: 1, max: 5 },
      formatValue: fmt,
    });
    const [series] = option.series;
    expect(series).toMatchObject({ data: [3.2], showSymbol: true, symbolSize: 10, label: { show: true } });
    expect(series!.label.formatter({ value: 3.2 })).toBe('3,2');
    expect(option.yAxis).toMatchObject({ min: 1, max: 5 });
  });

  it('marks every point of a longer trend, so a meeting between hidden ones is seen, and labels none', () => {
    const option = trendOption({
      labels: ['a', 'b', 'c'],
      series: [{ name: 'Energi', values: [null, 4, null], weak: true }],
      scale: { min: 1, max: 5 },
      formatValue: fmt,
    });
    expect(option.series[0]).toMatchObject({
      showSymbol: true,
      showAllSymbol: true,
      connectNulls: false,
      label: { show: false },
      lineStyle: { width: 4 },
    });
    expect(option.series[0]!.label.formatter({ value: null })).toBe('');
  });
});
