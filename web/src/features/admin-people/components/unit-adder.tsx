/**
 * Picking one unit scope: a date (the tree the unit is picked from, today by default) and the app's unit picker
 * (passed in by the route: a feature never imports another), giving the scope as the API reads it — `CODE` for
 * today's version, `CODE@YYYY-MM-DD` for the version in force that day.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DateField, parseDay } from '@/components/ui/date-field';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';

/** Renders the unit picker for a value and a date. */
export type PickUnit = (props: { value: string; at: string; onChange: (code: string) => void }) => ReactNode;

export interface UnitAdderProps {
  today: string;
  /** The unit shown in the picker at first (the screen's unit). */
  initialUnit: string;
  pickUnit: PickUnit;
  onAdd: (spec: string) => void;
  addLabel: string;
  disabled?: boolean;
}

export function UnitAdder({ today, initialUnit, pickUnit, onAdd, addLabel, disabled }: UnitAdderProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [at, setAt] = useState(today);
  const [candidate, setCandidate] = useState(initialUnit);
  return (
    <div className="admin-people__unit-row">
      <DateField
        label={t('adminPeople.units.at')}
        hint={t('adminPeople.units.atHint', { date: formatDate(at, language) })}
        value={at}
        onChange={(value) => setAt(parseDay(value) ?? today)}
      />
      {pickUnit({ value: candidate, at, onChange: setCandidate })}
      <Button onClick={() => onAdd(at === today ? candidate : `${candidate}@${at}`)} disabled={disabled} data-testid="add-unit">
        {addLabel}
      </Button>
    </div>
  );
}
