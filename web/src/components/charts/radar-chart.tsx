/**
 * A radar chart drawn by Apache ECharts (echarts/core with only the radar chart, its legend and tooltip and the
 * canvas renderer registered). Each axis is one indicator on 0..max; each series one set of values (a unit, the
 * average, the best). Like the line chart: drawn only with a real size, a rich-text tooltip (nothing the CSP
 * refuses), numbers formatted by the caller; decoration for sighted users — callers put a table beside it.
 */
import { useCallback } from 'react';
import * as echarts from 'echarts/core';
import { RadarChart as EchartsRadar } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { fontOf, useEChart } from './use-echart';
import './charts.css';

echarts.use([EchartsRadar, RadarComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface RadarSeries {
  name: string;
  /** One value per axis; null is drawn at the centre (and said "—" in the tooltip). */
  values: readonly (number | null)[];
  color: string;
  dashed?: boolean;
}

export interface RadarChartProps {
  axes: ReadonlyArray<{ name: string; max: number }>;
  series: readonly RadarSeries[];
  formatValue: (value: number) => string;
  label: string;
  height?: number;
}

/** An axis name broken into lines of about `width` characters at spaces (the canvas does not wrap radar names). */
function wrap(name: string, width: number): string {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

export function RadarChart({ axes, series, formatValue, label, height = 340 }: RadarChartProps) {
  const makeOption = useCallback(
    (node: HTMLDivElement | null): echarts.EChartsCoreOption => {
      const narrow = (node?.clientWidth ?? 600) < 480;
      return {
        animation: false,
        textStyle: { fontFamily: fontOf(node), color: '#46505e' },
        legend: { top: 0, textStyle: { fontSize: 13 } },
        tooltip: { trigger: 'item', renderMode: 'richText' },
        radar: {
          center: ['50%', '56%'],
          radius: narrow ? '50%' : '64%',
          indicator: axes.map((a) => ({ name: wrap(a.name, narrow ? 10 : 16), max: a.max })),
          axisName: { color: '#1f2933', fontSize: narrow ? 11 : 12, lineHeight: narrow ? 13 : 15 },
          splitLine: { lineStyle: { color: '#b8c2cf' } },
        },
        series: [
          {
            type: 'radar',
            data: series.map((s) => ({
              name: s.name,
              value: s.values.map((v) => v ?? 0),
              symbolSize: 5,
              lineStyle: { width: 2.5, color: s.color, type: s.dashed ? 'dashed' : 'solid' },
              itemStyle: { color: s.color },
              areaStyle: s.dashed ? undefined : { color: s.color, opacity: 0.12 },
              tooltip: {
                formatter: () => `${s.name}\n${axes.map((a, i) => `${a.name}: ${s.values[i] === null ? '—' : formatValue(s.values[i]!)}`).join('\n')}`,
              },
            })),
          },
        ],
      };
    },
    [axes, series, formatValue],
  );
  const element = useEChart(makeOption);

  return <div ref={element} className="radar-chart" role="img" aria-label={label} style={{ height }} />;
}
