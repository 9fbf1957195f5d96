/** The screen's unit, period and view pickers, wired to the URL (lib/screen-params.ts). */
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '@/features/units/components/unit-picker';
import { UnitLineageNotes } from '@/features/units/components/unit-lineage-notes';
import { ViewSwitch } from '@/features/units/components/view-switch';
import { PeriodPicker } from '@/features/periods/components/period-picker';
import type { ScreenParams } from '@/lib/screen-params';
import './layout.css';

export interface ScreenFiltersProps {
  params: ScreenParams;
  at: string;
  update: (patch: Partial<ScreenParams>) => void;
}

export function ScreenFilters({ params, at, update }: ScreenFiltersProps) {
  const { t } = useTranslation();
  return (
    <section className="screen-filters" aria-label={t('filters.label')}>
      <UnitPicker
        value={params.unit}
        at={at}
        onChange={(unit) => update({ unit })}
        footer={<UnitLineageNotes code={params.unit} at={at} showNone onShow={(unit, view) => update({ unit, view })} />}
      />
      <PeriodPicker value={params.period} onChange={(period) => update({ period })} />
      <ViewSwitch value={params.view} onChange={(view) => update({ view })} />
    </section>
  );
}
