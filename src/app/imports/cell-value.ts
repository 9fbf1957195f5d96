/**
 * One cell's value for an element's type: numbers typed as vi-VN text ("1.607.294", "73,08%"),
 * numbers stored as numbers, percentages stored as fractions with a % format, yes/no written as
 * "có"/"không"/"x". Empty cells and dashes mean "no value". Checks end with the domain's encodeValue,
 * so an import accepts exactly what a form accepts.
 */
import { type ValueType } from '../../domain/metadata.ts';
import { encodeValue, type ValueBounds } from '../../domain/values.ts';
import { foldVietnamese } from '../../domain/text.ts';
import { NumberParseError, parseViNumber } from '../../domain/vi-number.ts';
import type { RawCell } from './types.ts';

export type CellResult = { kind: 'empty' } | { kind: 'value'; value: number | string | boolean } | { kind: 'error'; message: string };

const EMPTY = new Set(['-', '–', '—', '..', '...', '…']);
const YES = new Set(['co', 'x', 'dat', 'da', 'yes', 'y', 'true', '1', 'v', 'roi', 'da ban hanh']);
const NO = new Set(['khong', 'chua', 'no', 'n', 'false', '0', 'chua ban hanh']);

/** `bounds`: the element's (absent: the value type's default, as encodeValue). */
export function readCell(raw: RawCell, valueType: ValueType, bounds?: ValueBounds): CellResult {
  if (raw === null || (typeof raw === 'string' && (raw.trim() === '' || EMPTY.has(raw.trim())))) return { kind: 'empty' };
  const value = convert(raw, valueType);
  if (typeof value === 'object') return value;
  const encoded = encodeValue(valueType, value, bounds);
  if ('error' in encoded) return { kind: 'error', message: `${show(raw)}: ${encoded.error}` };
  return { kind: 'value', value };
}

function convert(raw: Exclude<RawCell, null>, valueType: ValueType): number | string | boolean | { kind: 'error'; message: string } {
  switch (valueType) {
    case 'number':
    case 'integer':
    case 'percentage':
      if (typeof raw === 'number') return raw;
      if (typeof raw === 'object') return raw.percent;
      if (typeof raw === 'boolean') return { kind: 'error', message: `${show(raw)} không phải là số / not a number` };
      try {
        return parseViNumber(raw).value;
      } catch (error) {
        if (error instanceof NumberParseError) return { kind: 'error', message: error.message };
        throw error;
      }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const folded = foldVietnamese(typeof raw === 'object' ? String(raw.percent) : String(raw));
      if (YES.has(folded)) return true;
      if (NO.has(folded)) return false;
      return { kind: 'error', message: `${show(raw)} không phải có/không / not a yes/no (có, không, x)` };
    }
    case 'text':
    case 'document':
      return typeof raw === 'object' ? `${raw.percent}%` : String(raw);
  }
}

function show(raw: Exclude<RawCell, null>): string {
  return JSON.stringify(typeof raw === 'object' ? `${raw.percent}%` : raw);
}
