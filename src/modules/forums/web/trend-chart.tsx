import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { trendOption, type TrendSeries } from './trend-option';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * The line chart itself, loaded lazily (ECharts is large) so the main bundle does not carry it.
 * Hidden meetings are gaps, never values. The table beside it carries the same figures.
 */
export default function TrendChart(props: {
  labels: string[];
  series: TrendSeries[];
  scale: { min: number; max: number };
  formatValue: (n: number) => string;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { labels, series, scale, formatValue } = props;
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption(trendOption({ labels, series, scale, formatValue }));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [labels, series, scale, formatValue]);
  return (
    <div
      ref={ref}
      role="img"
      aria-label={props.label}
      data-testid="trend-chart"
      style={{ width: '100%', height: 320 }}
    />
  );
}
