/**
 * The unit picker: a button showing the chosen unit, opening a dialog to search by name (accent-insensitive,
 * GET /units?q=&at=) or to browse the tree level by level (GET /units?parent=&at=), in the tree of the date the
 * screen reads (today for the `now` view, the period's last day for `was`), with the chosen unit's lineage.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { useLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { levelLabel } from '@/lib/unit-labels';
import { useUnit } from '../api/get-unit';
import { UnitFinder } from './unit-finder';
import './units.css';

export interface UnitPickerProps {
  value: string;
  /** The date of the tree to pick from. */
  at: string;
  /** A second date the chosen unit is looked up at (the was view's period start). */
  alsoAt?: string;
  onChange: (code: string) => void;
  /** Shown above the finder, beside the chosen unit: e.g. its lineage. */
  about?: React.ReactNode;
}

export function UnitPicker({ value, at, alsoAt, onChange, about }: UnitPickerProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [open, setOpen] = useState(false);
  const unit = useUnit(value, at, alsoAt);
  const name = unit.data?.name ?? value;
  const meta = unit.data
    ? `${levelLabel(unit.data.level, t)} · ${unit.data.code}`
    : unit.isPending
      ? t('unitPicker.loading')
      : t('unitPicker.unknown', { code: value, date: formatDate(at, language) });

  return (
    <div className="unit-picker">
      <span className="ui-field__label" aria-hidden="true">
        {t('unitPicker.label')}
      </span>
      <button
        type="button"
        className="unit-picker__trigger"
        onClick={() => setOpen(true)}
        aria-label={t('unitPicker.changeLabel', { name })}
        data-testid="unit-picker"
      >
        <span className="unit-picker__name">{name}</span>
        <span className={['unit-picker__meta', unit.data === null ? 'is-missing' : ''].filter(Boolean).join(' ')}>{meta}</span>
        <span className="unit-picker__change" aria-hidden="true">
          {t('unitPicker.change')}
        </span>
      </button>
      <Dialog open={open} title={t('unitPicker.title')} closeLabel={t('unitPicker.close')} onClose={() => setOpen(false)}>
        <section className="unit-picker__current" aria-label={t('unitPicker.selected')}>
          <p className="unit-picker__current-unit">
            <span className="unit-picker__current-label">{t('unitPicker.selected')}: </span>
            {unit.data ? (
              <>
                <strong>{unit.data.fullName}</strong> · {unit.data.code}
              </>
            ) : (
              meta
            )}
          </p>
          {about}
        </section>
        <UnitFinder
          at={at}
          current={value}
          onPick={(code) => {
            onChange(code);
            setOpen(false);
          }}
        />
      </Dialog>
    </div>
  );
}
