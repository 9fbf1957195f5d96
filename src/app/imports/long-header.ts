/**
 * The header of a long file: one value per row, with columns for the data element, the unit, the period,
 * the value, and optionally a comment and evidence; Vietnamese or English names ("Mã chỉ tiêu" / "dataElement",
 * "Mã đơn vị" / "orgUnit", "Kỳ" / "period", "Giá trị" / "value", "Ghi chú" / "comment", "Minh chứng" /
 * "evidence"), and DHIS2's data value set CSV (dataelement, period, orgunit, categoryoptioncombo,
 * attributeoptioncombo, value, storedby, lastupdated, comment, followup). A row is a long header when it
 * names an element column and a value column; the unit column is then required.
 */
import { cellRef, columnLetter } from './cell-ref.ts';
import { COMMENT_HEADERS, EVIDENCE_HEADERS, foldHeader, HEADER_SCAN_ROWS } from './header-match.ts';
import { cellText } from './reader-base.ts';
import type { ImportProblem, SheetRow } from './types.ts';

export type LongField =
  | 'elementCode'
  | 'elementName'
  | 'unitCode'
  | 'unitName'
  | 'period'
  | 'value'
  | 'comment'
  | 'evidence'
  | 'categoryOptionCombo'
  | 'attributeOptionCombo'
  | 'ignored';

const ALIASES: Record<Exclude<LongField, 'comment' | 'evidence'>, string[]> = {
  elementCode: ['ma chi tieu', 'ma phan tu', 'ma phan tu du lieu', 'dataelement', 'data element', 'de', 'element code', 'dataelementcode'],
  elementName: ['chi tieu', 'ten chi tieu', 'ten phan tu', 'phan tu du lieu', 'element', 'element name', 'dataelementname'],
  unitCode: ['ma don vi', 'ma dvhc', 'orgunit', 'org unit', 'unit', 'unit code', 'ou', 'organisationunit', 'organisation unit', 'orgunitcode'],
  unitName: ['ten don vi', 'don vi', 'unit name', 'orgunitname'],
  period: ['ky', 'ky bao cao', 'ma ky', 'period', 'pe'],
  value: ['gia tri', 'value', 'so lieu'],
  categoryOptionCombo: ['categoryoptioncombo', 'catoptcombo', 'category option combo', 'coc'],
  attributeOptionCombo: ['attributeoptioncombo', 'attroptcombo', 'attribute option combo', 'aoc'],
  // DHIS2's bookkeeping columns and row numbers: known, not used.
  ignored: ['stt', 'tt', 'storedby', 'stored by', 'lastupdated', 'last updated', 'created', 'followup', 'deleted', 'nguoi nhap', 'ngay cap nhat'],
};

const BY_ALIAS = new Map<string, LongField>([
  ...Object.entries(ALIASES).flatMap(([field, names]) => names.map((n): [string, LongField] => [n, field as LongField])),
  ...COMMENT_HEADERS.map((n): [string, LongField] => [n, 'comment']),
  ...EVIDENCE_HEADERS.map((n): [string, LongField] => [n, 'evidence']),
]);

export interface LongHeader {
  /** The header row; data starts below it. */
  headerRow: number;
  columns: Partial<Record<Exclude<LongField, 'ignored'>, number>>;
  /** Column index → the header's text. */
  labels: Map<number, string>;
  warnings: ImportProblem[];
  errors: ImportProblem[];
}

/** The first row among `rows` (a sheet's first rows) that is a long header, or null. */
export function matchLongHeader(rows: readonly SheetRow[], needsPeriod: boolean): LongHeader | null {
  for (const row of rows.slice(0, HEADER_SCAN_ROWS)) {
    const fields = row.cells.map((cell) => BY_ALIAS.get(foldHeader(cellText(cell))) ?? null);
    const has = (f: LongField) => fields.includes(f);
    if (!(has('elementCode') || has('elementName')) || !has('value')) continue;
    const header: LongHeader = { headerRow: row.rowNumber, columns: {}, labels: new Map(), warnings: [], errors: [] };
    fields.forEach((field, column) => {
      const label = cellText(row.cells[column]);
      if (label === '') return;
      header.labels.set(column, label);
      const at = { row: row.rowNumber, column: label, cell: cellRef(row.rowNumber, column) };
      if (field === null) {
        header.warnings.push({ ...at, message: `Cột ${columnLetter(column)} "${label}" không dùng đến; bỏ qua / column not used; ignored` });
      } else if (field !== 'ignored') {
        const earlier = header.columns[field];
        if (earlier !== undefined)
          header.errors.push({
            ...at,
            message: `Cột "${label}" có hai lần (cột ${columnLetter(earlier)} và cột ${columnLetter(column)}) / the same column twice`,
          });
        else header.columns[field] = column;
      }
    });
    const problem = (message: string) => header.errors.push({ row: row.rowNumber, column: '', cell: '', message });
    if (header.columns.unitCode === undefined && header.columns.unitName === undefined) {
      problem('Tệp dạng danh sách (mỗi dòng một giá trị) cần cột "Mã đơn vị" (orgUnit) / a long file needs a unit column (orgUnit)');
    }
    if (needsPeriod && header.columns.period === undefined) {
      problem('Chưa chọn kỳ nên tệp cần cột "Kỳ" (period) / no period was chosen, so the file needs a period column');
    }
    return header;
  }
  return null;
}
