/** A labelled native select: keyboard and phone friendly, no custom widget to get wrong. */
import { useId, type SelectHTMLAttributes } from 'react';
import './ui.css';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange'> {
  label: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
}

export function SelectField({ label, options, value, onChange, className, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={['ui-field', 'ui-field--select', className ?? ''].filter(Boolean).join(' ')}>
      <label className="ui-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="ui-select" value={value} onChange={(event) => onChange(event.target.value)} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
