/*
 * The trend chart's options, apart from the chart so a test can read them. A line needs two points:
 * with one meeting (or a meeting between two hidden ones) ECharts draws no line, so every point is
 * drawn as a mark of its own, and a single meeting also shows its value beside the mark.
 */

export interface TrendSeries {
  name: string;
  values: (number | null)[];
  weak: boolean;
}

export function trendOption(props: {
  labels: string[];
  series: TrendSeries[];
  scale: { min: number; max: number };
  formatValue: (n: number) => string;
}) {
  const single = props.labels.length === 1;
  return {
    aria: { enabled: false },
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 32, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: props.labels },
    yAxis: { type: 'value', min: props.scale.min, max: props.scale.max, interval: 1 },
    series: props.series.map((s) => ({
      name: s.name,
      type: 'line',
      data: s.values,
      connectNulls: false,
      showSymbol: true,
      showAllSymbol: true,
      symbol: 'circle',
      symbolSize: single ? 10 : 6,
      lineStyle: { width: s.weak ? 4 : 1.5 },
      label: {
        show: single,
        position: 'right',
        formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? props.formatValue(p.value) : ''),
      },
      emphasis: { focus: 'series' },
    })),
  };
}
