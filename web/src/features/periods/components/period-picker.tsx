/**
 * The period picker: a kind (year, half, quarter, month), a year and the part of it, as native selects
 * (keyboard and phone friendly), plus previous/next buttons. The value is a period id: 2023, 2023S1, 2023Q2, 202306.
 */
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { useLanguage } from '@/lib/i18n';
import { monthName, periodLabel } from '@/lib/i18n/period-label';
import { PARTS, PERIOD_KINDS, parsePeriodId, periodId, romanQuarter, shiftPeriod, withKind, type Period, type PeriodKind } from '@/lib/periods';
import './periods.css';

export interface PeriodPickerProps {
  value: string;
  onChange: (periodId: string) => void;
  /** Years offered (default: 2015 to next year). */
  firstYear?: number;
  lastYear?: number;
}

export function PeriodPicker({ value, onChange, firstYear = 2015, lastYear = new Date().getFullYear() + 1 }: PeriodPickerProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const period: Period = parsePeriodId(value) ?? { kind: 'year', year: lastYear - 2, part: 0 };
  const set = (next: Period) => onChange(periodId(next));
  const years = Array.from({ length: Math.max(lastYear, period.year) - Math.min(firstYear, period.year) + 1 }, (_, i) =>
    String(Math.max(lastYear, period.year) - i),
  );
  const previous = shiftPeriod(period, -1);
  const next = shiftPeriod(period, 1);

  const partOptions = (kind: PeriodKind) =>
    Array.from({ length: PARTS[kind] }, (_, i) => {
      const part = i + 1;
      const label =
        kind === 'half'
          ? t(`periodPicker.halves.${part as 1 | 2}`)
          : kind === 'quarter'
            ? t('periodPicker.quarterOption', { roman: romanQuarter(part), part })
            : t('periodPicker.monthOption', { month: part, monthName: monthName(part, language) });
      return { value: String(part), label };
    });

  return (
    <fieldset className="period-picker">
      <legend className="ui-field__label">{t('periodPicker.label')}</legend>
      <div className="period-picker__row">
        <SelectField
          label={t('periodPicker.kind')}
          value={period.kind}
          onChange={(kind) => set(withKind(period, kind as PeriodKind))}
          options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`periodPicker.kinds.${kind}`) }))}
        />
        <SelectField
          label={t('periodPicker.year')}
          value={String(period.year)}
          onChange={(year) => set({ ...period, year: Number(year) })}
          options={years.map((year) => ({ value: year, label: year }))}
        />
        {period.kind !== 'year' ? (
          <SelectField
            label={t(`periodPicker.${period.kind}`)}
            value={String(period.part)}
            onChange={(part) => set({ ...period, part: Number(part) })}
            options={partOptions(period.kind)}
          />
        ) : null}
        <div className="period-picker__steps">
          <Button size="small" onClick={() => set(previous)} aria-label={t('periodPicker.previousLabel', { period: periodLabel(previous, t, language) })}>
            <span aria-hidden="true">‹</span> {t('periodPicker.previous')}
          </Button>
          <Button size="small" onClick={() => set(next)} aria-label={t('periodPicker.nextLabel', { period: periodLabel(next, t, language) })}>
            {t('periodPicker.next')} <span aria-hidden="true">›</span>
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
