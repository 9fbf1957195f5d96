/**
 * Data values as the model keeps them: what a value holds (DataValueContent), its two stored columns
 * (StoredValue), an element's bounds (declared, else its type's default: counts from 0, percentages 0 to 100),
 * and the check-and-encode of a value against its element's type and bounds (encodeValue / decodeValue).
 */
import type { ValueType } from './metadata.ts';

/** Inclusive bounds of an element's values; null: no bound on that side. */
export interface ValueBounds {
  min: number | null;
  max: number | null;
}

/** Value types that take bounds. */
export const BOUNDED_VALUE_TYPES: readonly ValueType[] = ['number', 'integer', 'percentage'];

/**
 * The bounds an element has when it declares none. Integer is the type of counts in this model (communes,
 * villages, applications, subscriptions…), which are never negative; a signed whole number (a net change)
 * declares a negative minValue, or is a 'number'. Percentages are shares. Other numbers (growth rates,
 * indices, money) are unbounded unless declared.
 */
export const DEFAULT_BOUNDS: Readonly<Record<ValueType, ValueBounds>> = {
  number: { min: null, max: null },
  integer: { min: 0, max: null },
  percentage: { min: 0, max: 100 },
  boolean: { min: null, max: null },
  text: { min: null, max: null },
  document: { min: null, max: null },
};

/** The bounds that apply to an element's values: each declared bound, else the type's default. */
export function valueBounds(element: { valueType: ValueType; minValue?: number | null; maxValue?: number | null }): ValueBounds {
  const fallback = DEFAULT_BOUNDS[element.valueType] ?? { min: null, max: null };
  return { min: element.minValue ?? fallback.min, max: element.maxValue ?? fallback.max };
}

/** What a data value holds: a number, a yes/no, a text or document reference, or null (cleared). */
export type DataValueContent = number | string | boolean | null;

/** The two columns a value is kept in: numbers and yes/no (1/0) in valueNum, text in valueText. */
export interface StoredValue {
  valueNum: number | null;
  valueText: string | null;
}

/**
 * Checks a value against an element's type and bounds and gives its stored form, or a message saying why not.
 * null is accepted for every type (it clears the value). number: finite; integer: whole number;
 * percentage: a share; numbers within `bounds` (the element's: valueBounds; without them the type's default —
 * counts from 0, percentages 0 to 100); boolean: true/false; text and document: a non-empty string
 * (document: up to 2,000 characters).
 */
export function encodeValue(valueType: ValueType, value: unknown, bounds: ValueBounds = DEFAULT_BOUNDS[valueType]): StoredValue | { error: string } {
  if (value === null) return { valueNum: null, valueText: null };
  switch (valueType) {
    case 'number':
    case 'integer':
    case 'percentage': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { error: `phải là số, không phải ${JSON.stringify(value)} / must be a number` };
      if (valueType === 'integer' && !Number.isSafeInteger(value)) return { error: `phải là số nguyên, không phải ${value} / must be an integer` };
      const outside = outOfBounds(value, bounds);
      if (outside) return { error: valueType === 'percentage' ? `tỷ lệ phần trăm ${outside}` : outside };
      return numeric(value);
    }
    case 'boolean':
      if (typeof value !== 'boolean') return { error: `phải là true hoặc false, không phải ${JSON.stringify(value)} / must be a boolean` };
      return numeric(value ? 1 : 0);
    case 'text':
    case 'document': {
      if (typeof value !== 'string' || value.trim() === '') return { error: `phải là chuỗi không rỗng (dùng null để xoá) / must be a non-empty string` };
      const max = valueType === 'document' ? 2000 : 10000;
      if (value.length > max) return { error: `dài quá ${max} ký tự / longer than ${max} characters` };
      return { valueNum: null, valueText: value };
    }
  }
}

/** Why `value` is outside `bounds`, or null. */
function outOfBounds(value: number, { min, max }: ValueBounds): string | null {
  if ((min === null || value >= min) && (max === null || value <= max)) return null;
  if (min !== null && max !== null) return `phải từ ${min} đến ${max}, không phải ${value} / must be ${min}..${max}`;
  if (min !== null) return `phải từ ${min} trở lên, không phải ${value} / must be at least ${min}`;
  return `phải từ ${max} trở xuống, không phải ${value} / must be at most ${max}`;
}

// Module-level (not a closure per call): the bulk path encodes millions of values.
function numeric(n: number): StoredValue {
  return { valueNum: n, valueText: null };
}

/** The inverse of encodeValue. */
export function decodeValue(valueType: ValueType, stored: StoredValue): DataValueContent {
  if (valueType === 'boolean') return stored.valueNum === null ? null : stored.valueNum !== 0;
  if (valueType === 'text' || valueType === 'document') return stored.valueText;
  return stored.valueNum;
}
