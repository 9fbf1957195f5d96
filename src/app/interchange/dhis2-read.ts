/**
 * A DHIS2 data value set as it arrives (a JSON body, or CSV text with or without a BOM, its header in any case)
 * read into checked rows and the problems of the rest (domain/dhis2-data-value-set.ts), each named by row and
 * field; then the rows as the write path's items, their values read by their element's type (dhis2-values.ts).
 * CSV text that cannot be split into records (an unclosed quote, a row past the CSV row limit of the spreadsheet
 * import) or a set past MAX_SET_ROWS is a 400 naming the body.
 */
import { parse } from 'csv-parse/sync';
import { readDataValueSetCsv, readDataValueSetJson, type Dhis2Problem, type Dhis2Row } from '../../domain/dhis2-data-value-set.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { loadElementRefs } from '../../store/metadata/element-refs.ts';
import type { RecordItem } from '../collection/record-values.ts';
import { SPREADSHEET_LIMITS } from '../imports/spreadsheet-limits.ts';
import { fromDhis2Text } from './dhis2-values.ts';

/** Values one set may hold (the write path takes 100,000 in one transaction). */
export const MAX_SET_ROWS = 100_000;

export type Dhis2Input = { format: 'json'; body: unknown } | { format: 'csv'; text: string };

export interface ReadSet {
  rows: Dhis2Row[];
  problems: Dhis2Problem[];
  /** Rows in the set, good and bad. */
  total: number;
  /** A field of a row as sent (bad rows too), for naming the offending code. */
  sent: (row: number, field: string) => string | undefined;
}

const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined);

export function readSet(input: Dhis2Input): ReadSet {
  if (input.format === 'json') {
    const list = (input.body as { dataValues?: unknown } | null)?.dataValues;
    if (Array.isArray(list) && list.length > MAX_SET_ROWS) throw tooMany();
    const read = readDataValueSetJson(input.body);
    const entries: unknown[] = Array.isArray(list) ? list : [];
    return { ...read, total: entries.length, sent: (row, field) => asText((entries[row - 1] as Record<string, unknown> | undefined)?.[field]) };
  }
  let records: string[][];
  try {
    records = parse(input.text.replace(/^\uFEFF/, ''), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: SPREADSHEET_LIMITS.csvRowChars,
      to: MAX_SET_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const reason = `không đọc được CSV: ${(error as Error).message} / unreadable CSV`;
    throw appError('BAD_REQUEST', { field: '(body)', reason }, [{ field: '(body)', message: reason }]);
  }
  if (records.length > MAX_SET_ROWS + 1) throw tooMany();
  const header = (records[0] ?? []).map((cell) => cell.trim().toLowerCase());
  return {
    ...readDataValueSetCsv(records),
    total: Math.max(records.length - 1, 0),
    sent: (row, field) => records[row]?.[header.indexOf(field.toLowerCase())],
  };
}

function tooMany() {
  const reason = `quá ${MAX_SET_ROWS.toLocaleString('vi-VN')} số liệu trong một lần nhập / more than ${MAX_SET_ROWS} values in one set`;
  return appError('BAD_REQUEST', { field: 'dataValues', reason }, [{ field: 'dataValues', message: reason }]);
}

/**
 * The write path's items of the rows, in order: values by their element's type; an empty comment keeps the stored
 * one (a set exported without comments must not clear them); storedBy and lastUpdated are not taken (the import
 * records who imported it and when).
 */
export async function itemsOfRows(store: Store, rows: readonly Dhis2Row[]): Promise<RecordItem[]> {
  const elements = (await loadElementRefs(store.db, { codes: rows.map((r) => r.dataElement) })).byCode;
  return rows.map((r) => ({
    dataElement: r.dataElement,
    unit: r.orgUnit,
    period: r.period,
    value: fromDhis2Text(r.value, elements.get(r.dataElement)?.valueType),
    ...(r.comment ? { comment: r.comment } : {}),
  }));
}
