/**
 * The table of one run: rank (ties as published: 1, 2, 2, 4), unit, total, rank change (▲/▼), grade, each main
 * index and each pillar (value · rank). Sortable by any column (the sort lives in the URL: ?sort=&dir=); figures
 * worked out from the source carry an asterisk; a merged unit names its predecessors. Clicking a unit shows its
 * radar. vi-VN numbers (0,5934).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { useLanguage } from '@/lib/i18n';
import { formatNumber, NO_VALUE } from '@/lib/format';
import type { ScoreItem } from '@/lib/api/types';
import { DerivedMark, RankChange } from './rank-change';

export type SortKey = string;

export interface RankingsTableProps {
  items: readonly ScoreItem[];
  caption: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort: (sort: SortKey, dir: 'asc' | 'desc') => void;
  focus: string | null;
  onFocus: (unit: string) => void;
}

const GRADE_TONE = { good: 'success', fair: 'info', average: 'warning', weak: 'danger' } as const;

/** The value a column sorts by (null last whatever the direction). */
function sortValue(item: ScoreItem, key: SortKey): number | string | null {
  if (key === 'rank') return item.rank;
  if (key === 'unit') return item.unit.name;
  if (key === 'score') return item.score;
  if (key === 'rankChange') return item.rankChange;
  const [group, code] = key.split(':');
  const part = (group === 'main' ? item.mainIndices : item.pillars).find((p) => p.code === code);
  return part?.value ?? null;
}

export function sortItems(items: readonly ScoreItem[], key: SortKey, dir: 'asc' | 'desc'): ScoreItem[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null && y === null) return a.unit.code.localeCompare(b.unit.code);
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'string' ? x.localeCompare(String(y), 'vi') : x - (y as number);
    return c === 0 ? a.unit.code.localeCompare(b.unit.code) : sign * c;
  });
}

export function RankingsTable({ items, caption, sort, dir, onSort, focus, onFocus }: RankingsTableProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const sorted = useMemo(() => sortItems(items, sort, dir), [items, sort, dir]);
  const first = items[0];
  const mainIndices = first?.mainIndices ?? [];
  const pillars = first?.pillars ?? [];
  const value = (v: number | null | undefined) => formatNumber(v, language, 4);
  const is = (item: ScoreItem, field: string) => item.derived.includes(field);

  const header = (key: SortKey, label: string, className = '') => {
    const active = sort === key;
    const next = active && dir === 'asc' ? 'desc' : active ? 'asc' : key === 'rank' || key === 'unit' ? 'asc' : 'desc';
    return (
      <th scope="col" className={className} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="rankings-table__sort" onClick={() => onSort(key, next)} aria-label={t('rankings.sortBy', { column: label })}>
          {label}
          <span aria-hidden="true">{active ? (dir === 'asc' ? ' ↑' : ' ↓') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <p className="rankings-table__title" aria-hidden="true">
        {caption}
      </p>
      <div className="rankings-table__scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="rankings-table" data-testid="rankings-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {header('rank', t('rankings.rank'), 'num')}
              {header('unit', t('rankings.unit'), 'unit')}
              {header('score', t('rankings.score'), 'num')}
              {header('rankChange', t('rankings.rankChange'), 'num')}
              <th scope="col">{t('rankings.grade')}</th>
              {mainIndices.map((m) => header(`main:${m.code}`, m.name, 'num part'))}
              {pillars.map((p) => header(`pillar:${p.code}`, p.name, 'num part'))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((item) => (
              <tr key={item.unit.code} className={focus === item.unit.code ? 'is-focus' : undefined} data-unit={item.unit.code}>
                <td className="num rankings-table__rank" data-testid="rank">
                  {item.rank === null ? <span title={t('rankings.noRank')}>{NO_VALUE}</span> : formatNumber(item.rank, language, 0)}
                  {item.rank !== null && is(item, 'rank') ? <DerivedMark /> : null}
                </td>
                <th scope="row" className="unit">
                  <button type="button" className="rankings-table__unit" onClick={() => onFocus(item.unit.code)} aria-pressed={focus === item.unit.code}>
                    {item.unit.name} <span className="rankings-table__code">({item.unit.code})</span>
                  </button>
                  {item.predecessors?.length ? (
                    <span className="rankings-table__merged">{t('rankings.mergedFrom', { codes: item.predecessors.join(', ') })}</span>
                  ) : null}
                </th>
                <td className="num rankings-table__score" data-testid="score">
                  {value(item.score)}
                  {item.score !== null && is(item, 'score') ? <DerivedMark /> : null}
                </td>
                <td className="num">
                  <RankChange change={item.rankChange} derived={is(item, 'rankChange')} />
                </td>
                <td>
                  {item.grade ? (
                    <Badge tone={GRADE_TONE[item.grade.code as keyof typeof GRADE_TONE] ?? 'neutral'}>
                      {item.grade.code in GRADE_TONE ? t(`rankings.grades.${item.grade.code as keyof typeof GRADE_TONE}`) : item.grade.label}
                    </Badge>
                  ) : (
                    NO_VALUE
                  )}
                </td>
                {item.mainIndices.map((m) => (
                  <td key={m.code} className="num part">
                    {value(m.value)}
                    {m.value !== null && is(item, `mainIndices.${m.code}.value`) ? <DerivedMark /> : null}
                  </td>
                ))}
                {item.pillars.map((p) => (
                  <td key={p.code} className="num part">
                    {p.value === null && p.rank === null ? NO_VALUE : null}
                    {p.value !== null ? value(p.value) : null}
                    {p.rank !== null ? (
                      <span className="rankings-table__part-rank">
                        {p.value !== null ? ' · ' : ''}
                        {t('rankings.rank').toLowerCase()} {formatNumber(p.rank, language, 0)}
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
