/**
 * A choropleth drawn by Apache ECharts' map series from GeoJSON the server sends (registered under a name per
 * boundary set; features matched by `properties.code`), each unit filled with the colour its caller chose.
 * Canvas and a rich-text tooltip (nothing the pages' CSP would refuse); zoom and pan with the mouse or fingers.
 * Every island of a boundary set is drawn — the Hoàng Sa and Trường Sa archipelagos included.
 */
import { useCallback } from 'react';
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { NO_DATA_COLOR } from './colors';
import { fontOf, useEChart } from './use-echart';
import './charts.css';

echarts.use([MapChart, TooltipComponent, CanvasRenderer]);

export interface MapArea {
  code: string;
  name: string;
  /** The tooltip's text for the unit (its value, formatted). */
  label: string;
  color: string;
}

export interface ChoroplethMapProps {
  /** A name for this boundary set (the parent and date), so a set is registered once. */
  mapName: string;
  geojson: object;
  areas: readonly MapArea[];
  /** What the map shows, for screen readers (the table beside it has the figures). */
  label: string;
  height?: number;
  /** Each unit's name and value written on it (a wall: nothing may need a pointer). */
  labels?: boolean;
}

const registered = new Set<string>();

export function ChoroplethMap({ mapName, geojson, areas, label, height = 420, labels = false }: ChoroplethMapProps) {
  const makeOption = useCallback(
    (node: HTMLDivElement | null): echarts.EChartsCoreOption => {
      if (!registered.has(mapName)) {
        echarts.registerMap(mapName, geojson as Parameters<typeof echarts.registerMap>[1]);
        registered.add(mapName);
      }
      const byCode = new Map(areas.map((a) => [a.code, a]));
      return {
        animation: false,
        textStyle: { fontFamily: fontOf(node) },
        tooltip: {
          trigger: 'item',
          renderMode: 'richText',
          formatter: (p: { name: string }) => {
            const area = byCode.get(p.name);
            return area ? `${area.name}: ${area.label}` : p.name;
          },
        },
        series: [
          {
            type: 'map',
            map: mapName,
            nameProperty: 'code',
            roam: true,
            aspectScale: 1,
            label: labels
              ? {
                  show: true,
                  formatter: (p: { name: string }) => {
                    const area = byCode.get(p.name);
                    return area ? `${area.name}\n${area.label}` : '';
                  },
                  color: '#101820',
                  fontSize: 14,
                  fontWeight: 600,
                  textBorderColor: '#ffffff',
                  textBorderWidth: 3,
                }
              : { show: false },
            itemStyle: { borderColor: '#8a94a3', borderWidth: 0.4, areaColor: NO_DATA_COLOR },
            emphasis: { label: { show: false }, itemStyle: { areaColor: '#f5c400' } },
            select: { disabled: true },
            data: areas.map((a) => ({ name: a.code, value: 1, itemStyle: { areaColor: a.color } })),
          },
        ],
      };
    },
    [mapName, geojson, areas, labels],
  );
  const element = useEChart(makeOption);

  return <div ref={element} className="choropleth-map" role="img" aria-label={label} style={{ height }} />;
}
