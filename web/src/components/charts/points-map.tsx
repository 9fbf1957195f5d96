/**
 * Points on a boundary map (Apache ECharts' geo component with a scatter series): the units' outlines from the
 * GeoJSON the server sends, each point in its caller's colour (a report by its state). Canvas and a rich-text
 * tooltip; zoom and pan. Every island of the boundary set is drawn.
 */
import { useCallback } from 'react';
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { NO_DATA_COLOR } from './colors';
import { fontOf, useEChart } from './use-echart';
import './charts.css';

echarts.use([ScatterChart, GeoComponent, TooltipComponent, CanvasRenderer]);

export interface MapPoint {
  long: number;
  lat: number;
  color: string;
  /** The tooltip's text. */
  label: string;
}

export interface PointsMapProps {
  mapName: string;
  geojson: object;
  points: readonly MapPoint[];
  label: string;
  height?: number;
}

const registered = new Set<string>();

export function PointsMap({ mapName, geojson, points, label, height = 480 }: PointsMapProps) {
  const makeOption = useCallback(
    (node: HTMLDivElement | null): echarts.EChartsCoreOption => {
      if (!registered.has(mapName)) {
        echarts.registerMap(mapName, geojson as Parameters<typeof echarts.registerMap>[1]);
        registered.add(mapName);
      }
      return {
        animation: false,
        textStyle: { fontFamily: fontOf(node) },
        tooltip: { trigger: 'item', renderMode: 'richText', formatter: (p: { dataIndex: number }) => points[p.dataIndex]?.label ?? '' },
        geo: {
          map: mapName,
          nameProperty: 'code',
          roam: true,
          aspectScale: 1,
          itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#8a94a3', borderWidth: 0.5 },
          emphasis: { disabled: true },
          select: { disabled: true },
          label: { show: false },
        },
        series: [
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            symbolSize: 5,
            data: points.map((p) => ({ value: [p.long, p.lat], itemStyle: { color: p.color } })),
          },
        ],
      };
    },
    [mapName, geojson, points],
  );
  const element = useEChart(makeOption);
  return <div ref={element} className="choropleth-map" role="img" aria-label={label} style={{ height }} />;
}
