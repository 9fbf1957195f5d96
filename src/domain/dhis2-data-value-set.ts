/**
 * DHIS2 data value sets (the `dataValueSets` resource, idScheme=CODE): the shape other ministries' systems
 * exchange values in, read and written here without I/O. Periods are already DHIS2's ids (2023, 2023S1, 2023Q2,
 * 202306: domain/periods.ts), so they pass through checked; data elements and org units are our codes. This
 * module checks every row of a set — JSON `{dataValues: […]}` or CSV with DHIS2's column order — and names each
 * problem by row and field, so the import can refuse a whole set; mapping codes to stored rows (an unknown org
 * unit) and writing go through the one write path in app/.
 */
import { parsePeriod, PeriodError } from './periods.ts';

/** DHIS2's CSV columns, in its order. */
export const DHIS2_COLUMNS = [
  'dataElement',
  'period',
  'orgUnit',
  'categoryOptionCombo',
  'attributeOptionCombo',
  'value',
  'storedBy',
  'lastUpdated',
  'comment',
] as const;
export type Dhis2Column = (typeof DHIS2_COLUMNS)[number];

/** One data value as DHIS2 writes it: every field a string (`value` too). */
export type Dhis2DataValue = { dataElement: string; period: string; orgUnit: string; value: string } & Partial<
  Record<'categoryOptionCombo' | 'attributeOptionCombo' | 'storedBy' | 'lastUpdated' | 'comment', string>
>;

/** A checked row: its 1-based position in the set (a CSV's header is row 0) and its fields. */
export interface Dhis2Row extends Dhis2DataValue {
  row: number;
}

export interface Dhis2Problem {
  row: number;
  field: Dhis2Column | 'dataValues';
  message: string;
}

/** The category (and attribute) option combos that mean "no disaggregation": we keep no categories. */
const DEFAULT_COMBOS = new Set(['', 'default', 'HllvX50cXC0']);
const MAX_TEXT = 50_000;

/** Checks a JSON data value set; rows are numbered from 1 in `dataValues` order. */
export function readDataValueSetJson(body: unknown): { rows: Dhis2Row[]; problems: Dhis2Problem[] } {
  const list = typeof body === 'object' && body !== null ? (body as { dataValues?: unknown }).dataValues : undefined;
  if (!Array.isArray(list)) return { rows: [], problems: [{ row: 0, field: 'dataValues', message: 'cần mảng dataValues / dataValues must be an array' }] };
  return checkRows(list.map((entry, index) => ({ row: index + 1, entry })));
}

/** Checks CSV records already split into cells (csv-parse), the first being DHIS2's header (any case). */
export function readDataValueSetCsv(records: readonly (readonly string[])[]): { rows: Dhis2Row[]; problems: Dhis2Problem[] } {
  const [header, ...body] = records;
  const names = (header ?? []).map((cell) => cell.trim());
  const missing = (['dataElement', 'period', 'orgUnit', 'value'] as const).filter((name) => !names.some((cell) => cell.toLowerCase() === name.toLowerCase()));
  if (missing.length > 0) {
    return { rows: [], problems: missing.map((field) => ({ row: 0, field, message: `thiếu cột ${field} / missing column ${field}` })) };
  }
  const positions = DHIS2_COLUMNS.map((column) => [column, names.findIndex((cell) => cell.toLowerCase() === column.toLowerCase())] as const).filter(
    ([, position]) => position >= 0,
  );
  return checkRows(
    body.map((cells, row) => ({ row: row + 1, entry: Object.fromEntries(positions.map(([column, position]) => [column, cells[position] ?? ''])) })),
  );
}

function checkRows(entries: { row: number; entry: unknown }[]): { rows: Dhis2Row[]; problems: Dhis2Problem[] } {
  const rows: Dhis2Row[] = [];
  const problems: Dhis2Problem[] = [];
  const seen = new Map<string, number>();
  for (const { row, entry } of entries) {
    const before = problems.length;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ row, field: 'dataValues', message: 'mỗi dòng là một đối tượng / each entry must be an object' });
      continue;
    }
    const fields = entry as Record<string, unknown>;
    const text = (field: Dhis2Column): string | undefined => {
      const raw = fields[field];
      if (raw === undefined || raw === null) return undefined;
      if (typeof raw === 'number' && field === 'value' && Number.isFinite(raw)) return String(raw);
      if (typeof raw === 'boolean' && field === 'value') return String(raw);
      if (typeof raw !== 'string') {
        problems.push({ row, field, message: `${field} phải là chuỗi / ${field} must be a string` });
        return undefined;
      }
      if (raw.length > MAX_TEXT) problems.push({ row, field, message: `${field} quá dài / ${field} is too long` });
      return raw.trim();
    };
    const value: Partial<Record<Dhis2Column, string>> = {};
    for (const column of DHIS2_COLUMNS) {
      const read = text(column);
      if (read !== undefined) value[column] = read;
    }
    for (const field of ['dataElement', 'period', 'orgUnit'] as const) {
      if (!value[field]) problems.push({ row, field, message: `thiếu ${field} / ${field} is required` });
    }
    if (value.value === undefined) problems.push({ row, field: 'value', message: 'thiếu value / value is required' });
    if (value.period) {
      try {
        parsePeriod(value.period);
      } catch (error) {
        if (!(error instanceof PeriodError)) throw error;
        problems.push({ row, field: 'period', message: error.message });
      }
    }
    for (const field of ['categoryOptionCombo', 'attributeOptionCombo'] as const) {
      if (!DEFAULT_COMBOS.has(value[field] ?? '')) {
        problems.push({
          row,
          field,
          message: `chỉ nhận tổ hợp mặc định (default), không '${value[field]}' / only the default combo is kept, not '${value[field]}'`,
        });
      }
    }
    if (value.lastUpdated && Number.isNaN(Date.parse(value.lastUpdated))) {
      problems.push({ row, field: 'lastUpdated', message: `ngày giờ không hợp lệ '${value.lastUpdated}' / not a date-time` });
    }
    const key = `${value.dataElement}|${value.period}|${value.orgUnit}`;
    const first = seen.get(key);
    if (first !== undefined && problems.length === before) {
      problems.push({ row, field: 'dataElement', message: `trùng dòng ${first} (cùng dataElement, period, orgUnit) / duplicates row ${first}` });
    }
    if (problems.length === before) {
      seen.set(key, row);
      rows.push({ row, ...(value as Dhis2DataValue) });
    }
  }
  return { rows, problems };
}

/** A data value set's CSV text: DHIS2's header, then one quoted line per value (RFC 4180). */
export function dataValueSetCsv(values: readonly Dhis2DataValue[]): string {
  const quote = (cell: string | undefined) => (cell === undefined ? '' : /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const lines = values.map((value) => DHIS2_COLUMNS.map((column) => quote(value[column])).join(','));
  return [DHIS2_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
