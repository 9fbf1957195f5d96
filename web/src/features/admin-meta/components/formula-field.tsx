/**
 * A formula text box that shows where the parser's error is: under the box, the formula again with the offending
 * characters underlined and a caret (▲) under the first, the message after it. Position and length are the
 * server's (0-based offset in this field's text); an error at the end (a missing operand) marks the space after it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import type { FormulaProblem } from '../api/types';
import { localText } from './field-errors';

export interface FormulaFieldProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  problem?: FormulaProblem | undefined;
  name: string;
}

export function FormulaField({ label, hint, value, onChange, problem, name }: FormulaFieldProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  const position = problem?.position ?? null;
  return (
    <div className="ui-field formula-field">
      <label className="ui-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="ui-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        className="ui-input formula-field__input"
        rows={2}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      />
      {problem ? (
        <div className="formula-field__error" id={errorId} role="alert" data-testid={`formula-error-${name}`}>
          {position !== null ? <Marked text={value} position={position} length={problem.length ?? 1} /> : null}
          <p className="ui-field__error">
            {position !== null ? <strong>{t('adminMeta.indicators.errorAt', { n: position + 1 })} </strong> : null}
            {position !== null ? withoutOffset(localText(problem.message, language)) : localText(problem.message, language)}
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** The parser's "(vị trí 12)" / "(position 12)" counts from 0: the screen says "ký tự thứ 13" before the message instead. */
function withoutOffset(message: string): string {
  return message.replace(/\s*\((vị trí|position) \d+\)/g, '');
}

/** The formula with [position, position + length) marked; past the end, a marked space. */
function Marked({ text, position, length }: { text: string; position: number; length: number }) {
  const start = Math.min(position, text.length);
  const end = Math.min(text.length, start + Math.max(1, length));
  const marked = text.slice(start, end) || ' ';
  return (
    <pre className="formula-field__marked" aria-hidden="true" data-testid="formula-marker">
      {text.slice(0, start)}
      <mark className="formula-field__mark">{marked}</mark>
      {text.slice(end)}
    </pre>
  );
}
