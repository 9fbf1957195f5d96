/**
 * The screen's unit, period and view pickers, wired to the URL (lib/screen-params.ts). On a phone they fold
 * behind a one-line summary, so the figures come first; from 760 px they are always shown.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '@/features/units/components/unit-picker';
import { UnitLineageNotes } from '@/features/units/components/unit-lineage-notes';
import { ViewSwitch } from '@/features/units/components/view-switch';
import { useUnit } from '@/features/units/api/get-unit';
import { PeriodPicker } from '@/features/periods/components/period-picker';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import type { ScreenParams } from '@/lib/screen-params';
import './layout.css';

export interface ScreenFiltersProps {
  params: ScreenParams;
  at: string;
  alsoAt?: string;
  update: (patch: Partial<ScreenParams>) => void;
}

export function ScreenFilters({ params, at, alsoAt, update }: ScreenFiltersProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const unit = useUnit(params.unit, at, alsoAt);
  const summary = t('filters.summary', {
    unit: unit.data ? `${unit.data.name} (${unit.data.code})` : params.unit,
    period: periodLabel(params.period, t, language),
    view: t(params.view === 'was' ? 'view.was' : 'view.now'),
  });
  return (
    <section className={['screen-filters', open ? '' : 'is-folded'].filter(Boolean).join(' ')} aria-label={t('filters.label')}>
      <div className="screen-filters__fold">
        <p className="screen-filters__summary">{summary}</p>
        <button
          type="button"
          className="ui-button ui-button--secondary ui-button--small"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={t('filters.toggleLabel')}
          onClick={() => setOpen(!open)}
          data-testid="filters-toggle"
        >
          {open ? t('filters.hide') : t('filters.show')}
        </button>
      </div>
      <div className="screen-filters__panel" id={panelId}>
        <UnitPicker
          value={params.unit}
          at={at}
          alsoAt={alsoAt}
          onChange={(code) => update({ unit: code })}
          about={<UnitLineageNotes code={params.unit} at={at} showNone onShow={(code, view) => update({ unit: code, view })} />}
        />
        <PeriodPicker value={params.period} onChange={(period) => update({ period })} />
        <ViewSwitch value={params.view} onChange={(view) => update({ view })} />
      </div>
    </section>
  );
}
