/**
 * A date typed as a Sở official writes it, "1/7/2025" (an ISO "2025-07-01" also goes), shown back in vi-VN: a text
 * input rather than the browser's date input, whose order follows the browser's language (3/1 for 1 March in an
 * English Chromium). `onChange` receives the ISO day, or the text as typed when it is not a date (the API then
 * answers at the field).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './field';
import { formatDate, type Language } from '@/lib/format';

/** "1/7/2025", "01/07/2025", "1-7-2025" or "2025-07-01" → "2025-07-01"; null when it is not a real day. */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

export interface DateFieldProps {
  label: string;
  hint?: string;
  error?: string;
  /** The ISO day (or text that is not one). */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  name?: string;
}

export function DateField({ label, hint, error, value, onChange, required, name }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'vi';
  const show = (v: string) => (parseDay(v) ? formatDate(parseDay(v), language) : v);
  const [text, setText] = useState(() => show(value));
  // A value changed from outside (the URL, another field) is shown; the text being typed is left alone.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if ((parseDay(text) ?? text) !== value) setText(show(value));
  }
  const invalid = text.trim() !== '' && parseDay(text) === null;
  return (
    <TextField
      label={label}
      hint={hint ? `${hint} ${t('dateField.format')}` : t('dateField.format')}
      error={error ?? (invalid ? t('dateField.invalid') : undefined)}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      required={required}
      name={name}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseDay(event.target.value) ?? event.target.value);
      }}
    />
  );
}
