/**
 * The approval queue's filters: form (dataset), reporting period, unit (one of the approver's scope units, each with
 * what lies under it) and state. Native selects, so they work from the keyboard and on a phone.
 */
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { KIND_OF_PERIOD_TYPE } from '@/lib/periods';
import type { DatasetSummary } from '@/lib/api/types';
import { QUEUE_STATES, recentPeriodIds, type QueueFilters } from '../queue-params';

export interface QueueFiltersProps {
  filters: QueueFilters;
  datasets: readonly DatasetSummary[];
  units: ReadonlyArray<{ code: string; label: string }>;
  today: string;
  onChange: (patch: Partial<Record<'dataset' | 'formPeriod' | 'within' | 'state', string | null>>) => void;
}

export function QueueFiltersBar({ filters, datasets, units, today, onChange }: QueueFiltersProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  // The periods of the chosen form's type, else of every type the forms use (newest first).
  const types = filters.dataset ? datasets.filter((d) => d.code === filters.dataset) : datasets;
  const kinds = [...new Set(types.map((d) => KIND_OF_PERIOD_TYPE[d.periodType ?? ''] ?? 'year'))];
  const periods = kinds.flatMap((kind) => recentPeriodIds(kind, today));
  if (filters.period && !periods.includes(filters.period)) periods.unshift(filters.period);
  const filtered = filters.dataset !== null || filters.period !== null || filters.within !== null || filters.state !== 'submitted';
  return (
    <section className="approvals-filters" aria-label={t('approvals.filters.label')}>
      <SelectField
        label={t('approvals.filters.dataset')}
        value={filters.dataset ?? ''}
        onChange={(value) => onChange({ dataset: value || null, formPeriod: null })}
        options={[
          { value: '', label: t('approvals.filters.allDatasets') },
          ...datasets.map((d) => ({ value: d.code ?? '', label: (language === 'en' ? d.nameEn : d.name) ?? d.code ?? '' })),
        ]}
        data-testid="filter-dataset"
      />
      <SelectField
        label={t('approvals.filters.period')}
        value={filters.period ?? ''}
        onChange={(value) => onChange({ formPeriod: value || null })}
        options={[{ value: '', label: t('approvals.filters.recentPeriods') }, ...periods.map((id) => ({ value: id, label: periodLabel(id, t, language) }))]}
        data-testid="filter-period"
      />
      <SelectField
        label={t('approvals.filters.unit')}
        value={filters.within ?? ''}
        onChange={(value) => onChange({ within: value || null })}
        options={[{ value: '', label: t('approvals.filters.allUnits') }, ...units.map((u) => ({ value: u.code, label: u.label }))]}
        data-testid="filter-unit"
      />
      <SelectField
        label={t('approvals.filters.state')}
        value={filters.state}
        onChange={(value) => onChange({ state: value === 'submitted' ? null : value })}
        options={[...QUEUE_STATES.map((s) => ({ value: s, label: t(`approvals.state.${s}`) })), { value: 'all', label: t('approvals.filters.allStates') }]}
        data-testid="filter-state"
      />
      {filtered ? (
        <Button
          size="small"
          variant="quiet"
          className="approvals-filters__clear"
          onClick={() => onChange({ dataset: null, formPeriod: null, within: null, state: null })}
        >
          {t('approvals.filters.clear')}
        </Button>
      ) : null}
    </section>
  );
}
