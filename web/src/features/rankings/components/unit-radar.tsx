/**
 * One unit's main indices against the average and the best of the run (over the units with a value for each
 * index), as a radar (components/charts/radar-chart.tsx) with the same figures as a table. A unit whose source
 * gives only a total or a rank has no main-index value: the block says so instead of drawing an empty web.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { RadarChart } from '@/components/charts/radar-chart';
import { CHART_COLORS } from '@/components/charts/colors';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import type { ScoreItem } from '@/lib/api/types';

export interface UnitRadarProps {
  items: readonly ScoreItem[];
  unit: string;
  onUnit: (code: string) => void;
}

/** Per main index: the average and the best value over the units that have one (null when none has). */
export function radarReference(items: readonly ScoreItem[]) {
  const codes = items[0]?.mainIndices.map((m) => m.code) ?? [];
  return codes.map((code) => {
    const values = items.map((i) => i.mainIndices.find((m) => m.code === code)?.value).filter((v): v is number => v !== null && v !== undefined);
    return {
      code,
      average: values.length ? values.reduce((s, v) => s + v, 0) / values.length : null,
      best: values.length ? Math.max(...values) : null,
    };
  });
}

export function UnitRadar({ items, unit, onUnit }: UnitRadarProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const item = items.find((i) => i.unit.code === unit) ?? items[0];
  const reference = useMemo(() => radarReference(items), [items]);
  const format = useCallback((v: number) => formatNumber(v, language, 4), [language]);
  const indices = useMemo(() => item?.mainIndices.filter((m, i) => m.max > 0 || reference[i]?.best !== null) ?? [], [item, reference]);
  const axes = useMemo(() => indices.map((m) => ({ name: m.name, max: 1 })), [indices]);
  const series = useMemo(() => {
    if (!item) return [];
    const pick = (key: 'average' | 'best') => indices.map((m) => reference.find((r) => r.code === m.code)?.[key] ?? null);
    return [
      { name: item.unit.name, values: indices.map((m) => m.value), color: CHART_COLORS.value },
      { name: t('rankings.average'), values: pick('average'), color: '#6b7685', dashed: true },
      { name: t('rankings.best'), values: pick('best'), color: CHART_COLORS.target, dashed: true },
    ];
  }, [item, indices, reference, t]);
  if (!item) return null;
  const hasValues = indices.some((m) => m.value !== null);
  const picker = (
    <SelectField
      label={t('rankings.radarUnit')}
      value={item.unit.code}
      onChange={onUnit}
      options={items.map((i) => ({ value: i.unit.code, label: `${i.unit.name} (${i.unit.code})` }))}
    />
  );
  return (
    <Card title={t('rankings.radarTitle', { unit: item.unit.name })} actions={picker} className="radar-card">
      <div data-testid="unit-radar">
        {hasValues ? (
          <>
            <RadarChart axes={axes} series={series} formatValue={format} label={t('rankings.radarLabel', { unit: item.unit.name })} />
            <details className="radar-card__table">
              <summary>{t('rankings.showTable')}</summary>
              <div className="rankings-table__scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('rankings.index')}</th>
                      <th scope="col" className="num">
                        {item.unit.name}
                      </th>
                      <th scope="col" className="num">
                        {t('rankings.average')}
                      </th>
                      <th scope="col" className="num">
                        {t('rankings.best')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {indices.map((m, i) => (
                      <tr key={m.code}>
                        <th scope="row">{m.name}</th>
                        <td className="num">{formatNumber(m.value, language, 4)}</td>
                        <td className="num">{formatNumber(series[1]?.values[i], language, 4)}</td>
                        <td className="num">{formatNumber(series[2]?.values[i], language, 4)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        ) : (
          <EmptyState title={t('rankings.radarNone', { unit: item.unit.name })} />
        )}
      </div>
    </Card>
  );
}
