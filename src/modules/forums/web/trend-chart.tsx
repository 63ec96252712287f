import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * The line chart itself, loaded lazily (ECharts is large) so the main bundle does not carry it.
 * Hidden meetings are gaps, never values. The table beside it carries the same figures.
 */
export default function TrendChart(props: {
  labels: string[];
  series: { name: string; values: (number | null)[]; weak: boolean }[];
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: false },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 32, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: props.labels },
      yAxis: { type: 'value', min: 1, max: 5, interval: 1 },
      series: props.series.map((s) => ({
        name: s.name,
        type: 'line',
        data: s.values,
        connectNulls: false,
        lineStyle: { width: s.weak ? 4 : 1.5 },
        emphasis: { focus: 'series' },
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [props.labels, props.series]);
  return <div ref={ref} role="img" aria-label={props.label} style={{ width: '100%', height: 320 }} />;
}
