/** A form value as typed (vi-VN "1.234,5", or "1234.5") ↔ the API's value, by the element's type. */
import type { FormElement } from '../api/types';

/** The text an input shows for a stored value. */
export function valueToText(value: FormElement['value'], language: 'vi' | 'en'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return language === 'vi' ? String(value).replace('.', ',') : String(value);
  return value;
}

/** The API value of typed text, or `undefined` when it is not a valid value of the type. */
export function textToValue(text: string, valueType: string): number | string | boolean | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (valueType === 'boolean') return trimmed === 'true' ? true : trimmed === 'false' ? false : undefined;
  if (valueType === 'text') return trimmed;
  let normalised = trimmed.replace(/\s/g, '');
  // With a comma, the comma is the decimal mark and dots group thousands (vi-VN); without, a lone dot followed by
  // exactly three digits groups thousands too ("1.234"), else it is a decimal point ("93.8").
  if (normalised.includes(',')) normalised = normalised.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(normalised)) normalised = normalised.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}
