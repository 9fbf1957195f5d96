/**
 * Bản đồ: one indicator by child unit for the screen's unit, period and view — the values from one GET /analytics
 * (breakdown=children), the boundaries of those children on the screen's tree date (GET /geo/boundaries), filled by
 * class (equal intervals or quantiles, five blues, "chưa có số liệu" apart), with its legend and the same figures as a
 * table. Without boundaries for these units the table still shows, and the map says how to add them.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Freshness } from '@/components/ui/freshness';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { ChoroplethMap, type MapArea } from '@/components/charts/choropleth-map';
import { CLASS_COLORS, NO_DATA_COLOR } from '@/components/charts/colors';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatMeasure, formatRatio } from '@/lib/format';
import { classOf, valueClasses, type ClassMethod } from '@/lib/classes';
import type { View } from '@/lib/api/types';
import { useWallMode } from '@/lib/wall-mode';
import { useAnalytics } from '../api/get-analytics';
import { ApproximateLegend, ApproximateMark, RateMismatch } from './value-flags';
import { useChildBoundaries } from '../api/get-boundaries';
import './overview.css';

/** On a wall the map writes each unit's value on it (no tooltip to hover) up to this many units. */
const WALL_MAP_LABELS = 40;

export interface IndicatorMapProps {
  indicator: string;
  name: string;
  unitOfMeasure: string | null;
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
  view: View;
  /** The date of the screen's tree (today for `now`, the period's last day for `was`). */
  at: string;
  /** Where a unit's name in the table leads (a drill down the tree), or nowhere. */
  unitLink?: (code: string) => string;
  /** The unit's own page, linked beside its name in the table. */
  unitPageLink?: (code: string) => string;
}

export function IndicatorMap({ indicator, name, unitOfMeasure, unit, unitName, period, periodLabel, view, at, unitLink, unitPageLink }: IndicatorMapProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [method, setMethod] = useState<ClassMethod>('quantile');
  const wall = useWallMode();
  const analytics = useAnalytics({ indicator, unit, period, view, breakdown: 'children' });
  const geo = useChildBoundaries(unit, at, unit === 'VN' ? 'low' : 'medium');
  const format = (value: number | null | undefined) => formatMeasure(value, unitOfMeasure, language);

  const rows = useMemo(
    () => (analytics.data?.rows ?? []).filter((r) => r.unit.code !== unit).sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity)),
    [analytics.data, unit],
  );
  const classes = useMemo(
    () =>
      valueClasses(
        rows.flatMap((r) => (r.value === null ? [] : [r.value])),
        method,
      ),
    [rows, method],
  );
  const colorOf = (value: number | null) => {
    const index = classOf(value, classes);
    if (index < 0) return NO_DATA_COLOR;
    // Fewer classes than colours (ties): spread them over the palette, darkest for the highest.
    return CLASS_COLORS[classes.length === 1 ? CLASS_COLORS.length - 1 : Math.round((index * (CLASS_COLORS.length - 1)) / (classes.length - 1))]!;
  };
  const areas: MapArea[] = rows.map((r) => ({ code: r.unit.code, name: r.unit.name, label: format(r.value), color: colorOf(r.value) }));
  const noData = rows.filter((r) => r.value === null).length;
  const features = geo.data?.features.length ?? 0;

  let body;
  if (analytics.isPending || geo.isPending) body = <Skeleton lines={6} label={t('map.loading')} />;
  else if (analytics.isError) body = <ApiErrorNotice error={analytics.error} onRetry={() => void analytics.refetch()} />;
  else if (rows.length === 0)
    body = (
      <EmptyState title={t('map.noChildren', { unit: unitName })}>
        <p>{t('map.noChildrenHelp')}</p>
      </EmptyState>
    );
  else
    body = (
      <>
        <div className="map__controls">
          <ChoiceGroup<ClassMethod>
            legend={t('map.method')}
            value={method}
            onChange={setMethod}
            choices={[
              { value: 'quantile', label: t('map.quantile') },
              { value: 'equal', label: t('map.equal') },
            ]}
          />
        </div>
        {geo.isError ? (
          <ApiErrorNotice error={geo.error} onRetry={() => void geo.refetch()} />
        ) : features === 0 ? (
          <EmptyState title={t('map.noBoundaries', { unit: unitName, date: formatDate(at, language) })}>
            <p>{t('map.noBoundariesHelp')}</p>
          </EmptyState>
        ) : (
          <ChoroplethMap
            mapName={`children:${unit}@${at}`}
            geojson={geo.data!}
            areas={areas}
            label={t('map.chartLabel', { indicator: name, unit: unitName, period: periodLabel })}
            labels={wall && areas.length <= WALL_MAP_LABELS}
          />
        )}
        <ul className="map__legend" aria-label={t('map.legend')}>
          {classes.map((c, i) => (
            <li key={i}>
              <span className="map__swatch" style={{ background: colorOf(c.max) }} aria-hidden="true" />
              {c.min === c.max ? format(c.min) : `${format(c.min)} – ${format(c.max)}`}
            </li>
          ))}
          {noData > 0 ? (
            <li>
              <span className="map__swatch map__swatch--none" aria-hidden="true" />
              {t('map.noData', { count: noData })}
            </li>
          ) : null}
        </ul>
        {geo.data && geo.data.missing.length > 0 && features > 0 ? (
          <p className="map__missing">{t('map.missing', { count: geo.data.missing.length })}</p>
        ) : null}
        <details className="trend__table">
          <summary>{t('map.showTable', { count: rows.length })}</summary>
          <div className="trend__scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('map.unit')}</th>
                  <th scope="col">{t('trend.value')}</th>
                  <th scope="col">{t('trend.parts')}</th>
                  <th scope="col">{t('trend.reported')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.unit.code}>
                    <th scope="row">
                      {unitLink ? <Link to={unitLink(r.unit.code)}>{r.unit.name}</Link> : r.unit.name}
                      {unitPageLink ? (
                        <Link className="map__unit-page" to={unitPageLink(r.unit.code)} aria-label={t('unitPage.openLabel', { unit: r.unit.name })}>
                          {t('unitPage.open')}
                        </Link>
                      ) : null}
                    </th>
                    <td>
                      <ApproximateMark row={r} />
                      {format(r.value)}
                      <RateMismatch row={r} compact />
                    </td>
                    <td>{r.numerator !== null || r.denominator !== null ? formatRatio(r.numerator, r.denominator, language) : '—'}</td>
                    <td>{formatRatio(r.coverage.reported, r.coverage.expected, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ApproximateLegend rows={rows} />
        </details>
      </>
    );

  return (
    <Card title={t('map.title', { indicator: name })} className="map-card">
      <div data-testid="indicator-map">{body}</div>
      {analytics.data ? <Freshness at={analytics.dataUpdatedAt} /> : null}
    </Card>
  );
}
