/**
 * A published indicator's figures (/du-lieu-mo/chi-tieu/:code?unit=&ky=&tren=): the chosen unit's own row and its
 * units' rows, one column per period (or the one period chosen), in vi-VN (93,8% / 1.607.294); a unit's name opens
 * its own units (the way back kept in `tren`). A figure whose data is not approved reads "chưa phê duyệt", never 0;
 * units with nothing published are left out and counted. Links to the same table as CSV and JSON.
 */
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { formatMeasure, formatRatio, NO_VALUE } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { usePublicIndicator, type CatalogDataset, type PublicIndicatorRow } from '../api/open-data';
import '@/components/ui/table.css';
import { DownloadLinks } from './download-links';

interface Line {
  code: string;
  name: string;
  own: boolean;
  cells: Map<string, PublicIndicatorRow>;
}

function lines(rows: readonly PublicIndicatorRow[], own: boolean): Line[] {
  const byUnit = new Map<string, Line>();
  for (const row of rows) {
    const line = byUnit.get(row.unit.code) ?? { code: row.unit.code, name: row.unit.name, own, cells: new Map() };
    line.cells.set(row.period, row);
    byUnit.set(row.unit.code, line);
  }
  return [...byUnit.values()];
}

const hasFigure = (line: Line) => [...line.cells.values()].some((c) => c.withheld || c.value !== null);

export function IndicatorValues({ code, dataset }: { code: string; dataset: CatalogDataset | undefined }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [search, setSearch] = useSearchParams();
  const periods = dataset?.temporal?.periods ?? [];
  const unit = search.get('unit') ?? dataset?.spatial[0] ?? 'VN';
  const chosen = periods.includes(search.get('ky') ?? '') ? search.get('ky') : null;
  const range = chosen ? `${chosen}..${chosen}` : periods.length ? `${periods[0]}..${periods.at(-1)}` : null;
  const trail = (search.get('tren') ?? '').split(',').filter(Boolean);
  const own = usePublicIndicator(code, unit, range, 'none');
  const children = usePublicIndicator(code, unit, range, 'children');
  const answer = own.data;
  const set = (patch: Record<string, string | null>) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null) next.delete(k);
        else next.set(k, v);
      }
      return next;
    });
  if (own.isError) return <ApiErrorNotice error={own.error} onRetry={() => void own.refetch()} />;
  if (!answer) return <Skeleton label={t('openData.loading')} />;
  const columns = chosen ? [chosen] : answer.periods;
  const childLines = lines(children.data?.rows ?? [], false);
  const shown = [...lines(answer.rows, true), ...childLines.filter(hasFigure)];
  const hidden = childLines.length - childLines.filter(hasFigure).length;
  const withheld = shown.some((line) => [...line.cells.values()].some((c) => c.withheld));
  const query = new URLSearchParams({ unit, breakdown: 'children', ...(range ? { periods: range } : {}) }).toString();
  const base = `/api/v1/public/indicators/${encodeURIComponent(code)}`;
  const drill = (child: string) => {
    const next = new URLSearchParams(search);
    next.set('unit', child);
    next.set('tren', [...trail, unit].join(','));
    return `?${next.toString()}`;
  };
  const up = () => {
    const next = new URLSearchParams(search);
    const parent = trail.at(-1);
    if (parent) next.set('unit', parent);
    if (trail.length > 1) next.set('tren', trail.slice(0, -1).join(','));
    else next.delete('tren');
    return `?${next.toString()}`;
  };

  return (
    <>
      <div className="open-data__pickers">
        <SelectField
          label={t('openData.indicator.period')}
          value={chosen ?? ''}
          onChange={(v) => set({ ky: v || null })}
          options={[{ value: '', label: t('openData.indicator.allPeriods') }, ...periods.map((p) => ({ value: p, label: periodLabel(p, t, language) }))]}
        />
        <DownloadLinks path={base} query={query} />
      </div>
      {trail.length ? (
        <p className="open-data__up">
          <Link to={up()}>{t('openData.indicator.up')}</Link>
        </p>
      ) : null}
      <h2 className="open-data__table-title">
        {t('openData.indicator.rowsTitle')}: {answer.unit.name}
      </h2>
      {shown.length === 0 || !shown.some(hasFigure) ? (
        <EmptyState title={t('openData.indicator.empty')}>
          <p>{t('openData.indicator.emptyBody')}</p>
        </EmptyState>
      ) : (
        <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={t('openData.indicator.rowsTitle')}>
          <table className="ui-table open-data__table" data-testid="open-data-values">
            <thead>
              <tr>
                <th scope="col">{t('openData.indicator.area')}</th>
                {columns.map((p) => (
                  <th key={p} scope="col" className="is-number">
                    {periodLabel(p, t, language)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((line) => (
                <tr key={`${line.own}-${line.code}`} className={line.own ? 'open-data__own-row' : undefined} data-unit={line.code}>
                  <th scope="row">
                    {line.own ? (
                      t('openData.indicator.total', { unit: line.name })
                    ) : (
                      <Link to={drill(line.code)} title={t('openData.indicator.drill', { unit: line.name })}>
                        {line.name}
                      </Link>
                    )}
                  </th>
                  {columns.map((p) => (
                    <td key={p} className="is-number">
                      <Cell row={line.cells.get(p)} unitOfMeasure={answer.indicator.unitOfMeasure} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {withheld ? <p className="open-data__note">{t('openData.indicator.withheldNote')}</p> : null}
      {hidden > 0 ? <p className="open-data__note">{t('openData.indicator.hiddenEmpty', { count: hidden })}</p> : null}
    </>
  );
}

function Cell({ row, unitOfMeasure }: { row: PublicIndicatorRow | undefined; unitOfMeasure: string | null }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (!row || (row.value === null && !row.withheld)) return <span className="open-data__none">{NO_VALUE}</span>;
  if (row.withheld) return <Badge tone="warning">{t('openData.indicator.withheld')}</Badge>;
  return (
    <>
      <span className="open-data__value">{formatMeasure(row.value, unitOfMeasure, language)}</span>
      {row.numerator !== null && row.denominator !== null ? (
        <span className="open-data__ratio">{formatRatio(row.numerator, row.denominator, language)}</span>
      ) : null}
    </>
  );
}
