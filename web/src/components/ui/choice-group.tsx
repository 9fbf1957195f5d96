/** A set of radio buttons drawn as a segmented switch (one choice of a few, each with an optional hint). */
import { useId } from 'react';
import './ui.css';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

export function ChoiceGroup<T extends string>({ legend, choices, value, onChange }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="ui-choices">
      <legend className="ui-field__label">{legend}</legend>
      <div className="ui-choices__options">
        {choices.map((choice) => (
          <label key={choice.value} className={['ui-choices__option', choice.value === value ? 'is-selected' : ''].filter(Boolean).join(' ')}>
            <input type="radio" name={name} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
            <span className="ui-choices__text">
              <span className="ui-choices__label">{choice.label}</span>
              {choice.hint ? <span className="ui-choices__hint">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
