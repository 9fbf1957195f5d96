/**
 * A line chart drawn by Apache ECharts (echarts/core with only the line chart, its grid, tooltip, legend and the
 * canvas renderer registered, so the bundle carries nothing else). Canvas and a rich-text tooltip: nothing the
 * pages' CSP (style-src 'self') would refuse. Numbers on the axis and in the tooltip come formatted by the caller
 * (vi-VN); the chart is decoration for sighted users — callers put a table of the same figures beside it.
 */
import { useCallback } from 'react';
import * as echarts from 'echarts/core';
import { LineChart as EchartsLine } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { fontOf, useEChart } from './use-echart';
import './charts.css';

echarts.use([EchartsLine, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface LineSeries {
  name: string;
  /** One value per category; null leaves a gap. */
  values: readonly (number | null)[];
  dashed?: boolean;
  color: string;
}

export interface LineChartProps {
  categories: readonly string[];
  series: readonly LineSeries[];
  formatValue: (value: number) => string;
  /** What the chart shows, for screen readers (the table beside it has the figures). */
  label: string;
  height?: number;
}

export function LineChart({ categories, series, formatValue, label, height = 260 }: LineChartProps) {
  const makeOption = useCallback(
    (node: HTMLDivElement | null): echarts.EChartsCoreOption => {
      return {
        animation: false,
        textStyle: { fontFamily: fontOf(node), color: '#46505e' },
        grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
        legend: series.length > 1 ? { top: 0, textStyle: { fontSize: 13 } } : undefined,
        tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatValue(v) : '—') },
        xAxis: { type: 'category', data: [...categories], axisLabel: { fontSize: 12, hideOverlap: true } },
        yAxis: { type: 'value', axisLabel: { fontSize: 12, formatter: (v: number) => formatValue(v) } },
        series: series.map((s) => ({
          type: 'line',
          name: s.name,
          data: [...s.values],
          connectNulls: false,
          symbolSize: 7,
          lineStyle: { width: 2.5, type: s.dashed ? 'dashed' : 'solid', color: s.color },
          itemStyle: { color: s.color },
        })),
      };
    },
    [categories, series, formatValue],
  );
  const element = useEChart(makeOption);

  return <div ref={element} className="line-chart" role="img" aria-label={label} style={{ height }} />;
}
