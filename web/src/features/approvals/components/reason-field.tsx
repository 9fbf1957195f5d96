/** A labelled multi-line text field with a hint and an error at the field (aria-describedby, aria-invalid). */
import { forwardRef, useId, type TextareaHTMLAttributes } from 'react';

export interface ReasonFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
}

export const ReasonField = forwardRef<HTMLTextAreaElement, ReasonFieldProps>(function ReasonField({ label, hint, error, className, ...area }, ref) {
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
        <p className="ui-field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        className="ui-input approvals-reason"
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...area}
      />
    </div>
  );
});
