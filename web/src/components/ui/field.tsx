/**
 * Labelled text inputs (one line and several) with an optional hint and error, wired for screen readers
 * (aria-describedby, aria-invalid). Both share one frame: the label, the hint and the error above the control.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import './ui.css';

interface FieldText {
  label: string;
  hint?: string;
  error?: string;
}

/** What a control inside the frame carries: its id and the attributes that tie it to the hint and the error. */
interface ControlProps {
  id: string;
  className: 'ui-input';
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

function FieldFrame({ label, hint, error, className, control }: FieldText & { className?: string | undefined; control: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['ui-field', className ?? ''].filter(Boolean).join(' ')}>
      <label className="ui-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="ui-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="ui-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {control({
        id,
        className: 'ui-input',
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
    </div>
  );
}

export interface TextFieldProps extends FieldText, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {}

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return <FieldFrame label={label} hint={hint} error={error} className={className} control={(props) => <input {...props} {...input} />} />;
}

export interface TextAreaFieldProps extends FieldText, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {}

export function TextAreaField({ label, hint, error, className, ...area }: TextAreaFieldProps) {
  return <FieldFrame label={label} hint={hint} error={error} className={className} control={(props) => <textarea {...props} {...area} />} />;
}
