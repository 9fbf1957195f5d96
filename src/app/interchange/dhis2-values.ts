/**
 * A value between our stored form and DHIS2's text: DHIS2 writes every value as a string ("71", "93.8", "true"),
 * we keep it by the element's type (domain/values.ts). Export writes numbers as JavaScript prints them (no
 * thousands separator, a dot for decimals: what DHIS2 reads), booleans as true/false; import reads them back by
 * the element's type, so a set we wrote imports to identical values. Text that is not the element's type is
 * passed on as text, for the write path to refuse naming the row.
 */
import type { ValueType } from '../../domain/metadata.ts';
import type { DataValueContent } from '../../domain/values.ts';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The DHIS2 text of a stored value (null: no value, left out of an export). */
export function dhis2Text(value: DataValueContent): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : String(value);
}

/** The value of DHIS2 text for an element of `valueType`; '' clears the value (null). Unknown element: the text. */
export function fromDhis2Text(text: string, valueType: ValueType | undefined): DataValueContent {
  if (text === '') return null;
  switch (valueType) {
    case 'number':
    case 'integer':
    case 'percentage':
      return NUMBER.test(text) ? Number(text) : text;
    case 'boolean': {
      const lower = text.toLowerCase();
      return lower === 'true' || lower === '1' ? true : lower === 'false' || lower === '0' ? false : text;
    }
    default:
      return text;
  }
}
