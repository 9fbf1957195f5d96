/** The units a new account or token is given: the chosen scopes as removable chips, and the adder below them. */
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { UnitAdder, type PickUnit } from './unit-adder';

export interface UnitListFieldProps {
  value: string[];
  onChange: (specs: string[]) => void;
  today: string;
  initialUnit: string;
  pickUnit: PickUnit;
  error?: string | undefined;
  hint?: string;
}

export function UnitListField({ value, onChange, today, initialUnit, pickUnit, error, hint }: UnitListFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="admin-people__units">
      <legend className="ui-field__label">{t('adminPeople.units.label')}</legend>
      {hint ? <p className="ui-field__hint">{hint}</p> : null}
      {error ? (
        <p className="ui-field__error" role="alert" data-field="units">
          {error}
        </p>
      ) : null}
      {value.length ? (
        <ul className="admin-people__chips" aria-label={t('adminPeople.units.label')}>
          {value.map((spec) => (
            <li key={spec} className="admin-people__chip">
              <span>{spec}</span>
              <Button size="small" variant="quiet" onClick={() => onChange(value.filter((x) => x !== spec))}>
                {t('adminPeople.units.remove', { spec })}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="admin-people__none">{t('adminPeople.units.none')}</p>
      )}
      <UnitAdder
        today={today}
        initialUnit={initialUnit}
        pickUnit={pickUnit}
        addLabel={t('adminPeople.units.add')}
        onAdd={(spec) => {
          if (!value.includes(spec)) onChange([...value, spec]);
        }}
      />
    </fieldset>
  );
}
