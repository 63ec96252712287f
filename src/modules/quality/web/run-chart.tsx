import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useI18n } from '../../../web/i18n';
import type { MeasureAnswer } from '../answers';

echarts.use([LineChart, ScatterChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/**
 * The run chart itself, loaded lazily (ECharts is large): the values, each phase's median as a
 * dashed line, points in a signalling run marked, and trials and changes as vertical lines at
 * their dates. The text and the table beside it say the same for those who do not see it.
 */
export default function RunChart(props: { answer: MeasureAnswer; label: string; medianLabel: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { formatDate } = useI18n();
  const { points, phases, annotations } = props.answer;
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const dates = points.map((p) => p.on);
    const median = points.map((_, i) => phases.find((ph) => i >= ph.start && i < ph.end)?.median ?? null);
    const signal = new Set(phases.flatMap((ph) => ph.signalPoints));
    const marks = annotations
      .map((a) => ({ a, at: dates.find((d) => d >= a.on) }))
      .filter((m): m is { a: (typeof annotations)[number]; at: string } => m.at !== undefined)
      .map(({ a, at }) => ({
        xAxis: at,
        // A white ground keeps the label readable where it crosses the line and the points.
        label: {
          formatter: a.label,
          position: 'insideEndTop' as const,
          fontSize: 11,
          backgroundColor: 'rgba(255, 255, 255, 0.9)',
          padding: [1, 3],
          borderRadius: 2,
        },
        lineStyle: { color: a.kind === 'trial' ? '#1c7ed6' : '#e8590c', type: 'solid' as const, width: 2 },
      }));
    chart.setOption({
      aria: { enabled: false },
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 32, bottom: 40 },
      // Days in the reader's language, as the table beside the chart gives them.
      xAxis: { type: 'category', data: dates, axisLabel: { formatter: (day: string) => formatDate(day) } },
      yAxis: { type: 'value', scale: true },
      series: [
        {
          name: props.label,
          type: 'line',
          data: points.map((p) => p.value),
          symbolSize: 7,
          lineStyle: { width: 2, color: '#343a40' },
          itemStyle: { color: '#343a40' },
          markLine: { symbol: 'none', silent: true, data: marks },
        },
        {
          name: props.medianLabel,
          type: 'line',
          data: median,
          symbol: 'none',
          step: 'middle',
          lineStyle: { type: 'dashed', color: '#2b8a3e', width: 2 },
        },
        {
          name: 'signal',
          type: 'scatter',
          data: points.map((p, i) => (signal.has(i) ? p.value : null)),
          symbolSize: 12,
          itemStyle: { color: '#c92a2a' },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [points, phases, annotations, props.label, props.medianLabel, formatDate]);
  return <div ref={ref} role="img" aria-label={props.label} style={{ width: '100%', height: 340 }} />;
}
