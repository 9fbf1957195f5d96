/** Inside the unit picker: search by name, or browse from the country down, in the tree of one date. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatNumber } from '@/lib/format';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import type { Unit } from '@/lib/api/types';
import { useUnitSearch } from '../api/search-units';
import { useChildUnits } from '../api/child-units';
import { useUnit } from '../api/get-unit';

export interface UnitFinderProps {
  at: string;
  current: string;
  onPick: (code: string) => void;
}

const ROOT = 'VN';
/** Search results list the larger units first (a province before the communes that share its words), else as the API orders them. */
const LEVEL_ORDER = ['country', 'province', 'district', 'commune', 'village', 'agency'];
function levelRank(level: string): number {
  const rank = LEVEL_ORDER.indexOf(level);
  return rank < 0 ? LEVEL_ORDER.length : rank;
}
/** Levels whose units have others under them worth opening. */
const OPENABLE = new Set(['country', 'province', 'district']);

export function UnitFinder({ at, current, onPick }: UnitFinderProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q);

  return (
    <div className="unit-finder">
      <p className="unit-finder__date">{t('unitPicker.treeAt', { date: formatDate(at, language) })}</p>
      <TextField
        label={t('unitPicker.search')}
        hint={t('unitPicker.searchHint')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        data-autofocus
      />
      {query.trim() ? <SearchResults q={query} at={at} current={current} onPick={onPick} /> : <TreeBrowser at={at} current={current} onPick={onPick} />}
    </div>
  );
}

function SearchResults({ q, at, current, onPick }: { q: string } & UnitFinderProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const search = useUnitSearch(q, at);
  if (search.isPending) return <Skeleton lines={4} label={t('unitPicker.searching')} />;
  if (search.isError) return <ApiErrorNotice error={search.error} onRetry={() => void search.refetch()} />;
  const { total } = search.data;
  const items = [...search.data.items].sort((a, b) => levelRank(a.level) - levelRank(b.level));
  if (items.length === 0) {
    return (
      <div className="unit-finder__empty" role="status">
        <p className="unit-finder__empty-title">{t('unitPicker.noResults', { q: q.trim(), date: formatDate(at, language) })}</p>
        <p>{t('unitPicker.noResultsHelp')}</p>
      </div>
    );
  }
  return (
    <section aria-live="polite">
      <p className="unit-finder__count">{t('unitPicker.resultCount', { total: formatNumber(total, language, 0) })}</p>
      <UnitList units={items} current={current} onPick={onPick} />
      {total > items.length ? (
        <p className="unit-finder__more">
          {t('unitPicker.moreResults', { shown: formatNumber(items.length, language, 0), total: formatNumber(total, language, 0) })}
        </p>
      ) : null}
    </section>
  );
}

interface Crumb {
  code: string;
  name: string;
}

function TreeBrowser({ at, current, onPick }: UnitFinderProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const root = useUnit(ROOT, at);
  const [trail, setTrail] = useState<Crumb[]>([]);
  const parent = trail[trail.length - 1]?.code ?? ROOT;
  const children = useChildUnits(parent, at);
  const path: Crumb[] = [{ code: ROOT, name: root.data?.name ?? ROOT }, ...trail];

  return (
    <section className="unit-browser" aria-labelledby="unit-browser-title">
      <h3 id="unit-browser-title" className="unit-browser__title">
        {t('unitPicker.browse')}
      </h3>
      <nav aria-label={t('unitPicker.path')}>
        <ol className="unit-browser__path">
          {path.map((crumb, index) => (
            <li key={crumb.code}>
              {index < path.length - 1 ? (
                <button type="button" className="ui-button ui-button--quiet ui-button--small" onClick={() => setTrail(trail.slice(0, index))}>
                  {crumb.name}
                </button>
              ) : (
                <span aria-current="location">{crumb.name}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {children.isPending ? (
        <Skeleton lines={5} label={t('unitPicker.loading')} />
      ) : children.isError ? (
        <ApiErrorNotice error={children.error} onRetry={() => void children.refetch()} />
      ) : (
        <UnitList
          units={children.data.items}
          current={current}
          onPick={onPick}
          onOpen={(unit) => setTrail([...trail, { code: unit.code, name: unit.name }])}
          empty={t('unitPicker.noChildren', { name: path[path.length - 1]?.name ?? parent, date: formatDate(at, language) })}
        />
      )}
    </section>
  );
}

function UnitList({
  units,
  current,
  onPick,
  onOpen,
  empty,
}: {
  units: readonly Unit[];
  current: string;
  onPick: (code: string) => void;
  onOpen?: (unit: Unit) => void;
  empty?: string;
}) {
  const { t } = useTranslation();
  if (units.length === 0) return <p className="unit-finder__empty-title">{empty}</p>;
  return (
    <ul className="unit-list">
      {units.map((unit) => (
        <li key={`${unit.code}-${unit.validFrom ?? ''}`} className={['unit-list__item', unit.code === current ? 'is-current' : ''].filter(Boolean).join(' ')}>
          <button type="button" className="unit-list__choose" onClick={() => onPick(unit.code)} aria-current={unit.code === current ? 'true' : undefined}>
            <span className="unit-list__name">{unit.name}</span>
            <span className="unit-list__meta">
              {unit.fullName} · {unit.code}
              {unit.code === current ? ` · ${t('unitPicker.selected')}` : ''}
            </span>
          </button>
          {onOpen && OPENABLE.has(unit.level) ? (
            <button
              type="button"
              className="ui-button ui-button--secondary ui-button--small unit-list__open"
              onClick={() => onOpen(unit)}
              aria-label={t('unitPicker.openLabel', { name: unit.name })}
            >
              {t('unitPicker.open')}
              <span aria-hidden="true">›</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
