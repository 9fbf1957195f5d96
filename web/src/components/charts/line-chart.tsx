/**
 * A line chart drawn by Apache ECharts (echarts/core with only the line chart, its grid, tooltip, legend and the
 * canvas renderer registered, so the bundle carries nothing else). Canvas and a rich-text tooltip: nothing the
 * pages' CSP (style-src 'self') would refuse. Numbers on the axis and in the tooltip come formatted by the caller
 * (vi-VN); the chart is decoration for sighted users — callers put a table of the same figures beside it.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart as EchartsLine } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
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
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  /** An option asked for while the chart had no size. */
  const pending = useRef<echarts.EChartsCoreOption | null>(null);

  useEffect(() => {
    const node = element.current!;
    const instance = echarts.init(node, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // A resize can arrive after the chart was disposed (the screen changed), before its first option, or while
    // the chart is out of sight (0 × 0: a dialog over it, a folded panel), where ECharts' layout has nothing to
    // measure: wait for a real size, then draw what was asked meanwhile.
    const observer = new ResizeObserver(() => {
      if (instance.isDisposed() || node.clientWidth === 0 || node.clientHeight === 0) return;
      if (pending.current) {
        instance.setOption(pending.current, { notMerge: true });
        pending.current = null;
      } else if (instance.getOption()) instance.resize();
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const node = element.current;
    const option: echarts.EChartsCoreOption = {
      animation: false,
      // The page's own font (the canvas does not inherit it).
      textStyle: { fontFamily: node ? getComputedStyle(node).fontFamily : 'sans-serif', color: '#46505e' },
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
    const instance = chart.current;
    if (!instance) return;
    if (!node || node.clientWidth === 0 || node.clientHeight === 0) pending.current = option;
    else {
      pending.current = null;
      instance.setOption(option, { notMerge: true });
    }
  }, [categories, series, formatValue]);

  return <div ref={element} className="line-chart" role="img" aria-label={label} style={{ height }} />;
}
