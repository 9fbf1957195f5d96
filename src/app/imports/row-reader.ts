/**
 * Reads the data rows below a matched header: resolves each row's unit, reads each element cell,
 * skips blank rows, total rows ("Tổng cộng") and footer rows without figures (signatures, notes),
 * saying so; a repeated unit or a bad cell is an error naming the cell. A "Ghi chú" / "Minh chứng" column
 * gives every value of its row that comment / evidence. Errors are capped (errorCount
 * keeps the true number); the values themselves are kept only when asked (the commit), so a preview
 * of a large file holds counts and a sample, not the file.
 */
import { readCell } from './cell-value.ts';
import { cellRef } from './cell-ref.ts';
import type { HeaderMatch } from './header-match.ts';
import { cellText as text, ReaderBase, type RowReaderOptions } from './reader-base.ts';
import { isTotal, UnitMatcher } from './unit-match.ts';
import type { FieldColumns, ImportDescription, ImportItem, SheetReader, SheetRow } from './types.ts';

export class RowReader extends ReaderBase implements SheetReader {
  readonly shape = 'wide';
  private readonly units: UnitMatcher;
  private readonly seen = new Map<string, number>();
  private readonly unitLabel: string;

  constructor(
    private readonly description: ImportDescription,
    private readonly header: HeaderMatch,
    options: RowReaderOptions,
  ) {
    super(options);
    this.units = new UnitMatcher(description.units);
    this.unitLabel = header.unitCodeColumn !== null ? 'Mã đơn vị' : 'Tên đơn vị';
  }

  columns(): string[] {
    return [...this.header.elementColumns.values()].map((e) => e.code);
  }

  periods(): string[] {
    return [this.description.period];
  }

  fieldColumns(): FieldColumns {
    const { unitCodeColumn, unitNameColumn, commentColumn, evidenceColumn } = this.header;
    const unit = unitCodeColumn ?? unitNameColumn;
    return {
      ...(unit !== null ? { unit: { index: unit, label: this.unitLabel } } : {}),
      ...(commentColumn !== null ? { comment: { index: commentColumn, label: 'Ghi chú' } } : {}),
      ...(evidenceColumn !== null ? { evidence: { index: evidenceColumn, label: 'Minh chứng' } } : {}),
    };
  }

  read(row: SheetRow): void {
    if (row.cells.every((c) => text(c) === '')) return;
    const { unitCodeColumn, unitNameColumn, elementColumns } = this.header;
    const code = unitCodeColumn === null ? '' : text(row.cells[unitCodeColumn]);
    const name = unitNameColumn === null ? '' : text(row.cells[unitNameColumn]);
    const unitColumn = (code !== '' ? unitCodeColumn : unitNameColumn) ?? unitCodeColumn ?? 0;
    let at = cellRef(row.rowNumber, unitColumn);
    const hasFigures = [...elementColumns.keys()].some((column) => text(row.cells[column]) !== '');
    let resolution = this.units.resolve(code, name);
    if (resolution.kind !== 'unit' && resolution.kind !== 'total') {
      // "Tổng cộng" merged over STT and the unit columns sits in the first cell, not under the unit header.
      const column = row.cells.map(text).findIndex((t, c) => t !== '' && !elementColumns.has(c) && isTotal(t));
      if (column >= 0) {
        resolution = { kind: 'total', label: text(row.cells[column]) };
        at = cellRef(row.rowNumber, column);
      }
    }
    if (resolution.kind === 'total') {
      this.warn({
        row: row.rowNumber,
        column: this.unitLabel,
        cell: at,
        message: `Dòng ${row.rowNumber} là dòng tổng "${resolution.label}": bỏ qua (hệ thống tự cộng) / total row skipped`,
      });
      return;
    }
    if (resolution.kind !== 'unit') {
      const why = resolution.kind === 'error' ? resolution.message : 'không có mã hoặc tên đơn vị / no unit code or name';
      if (hasFigures) this.error({ row: row.rowNumber, column: this.unitLabel, cell: at, message: why });
      else
        this.warn({
          row: row.rowNumber,
          column: this.unitLabel,
          cell: at,
          message: `Dòng ${row.rowNumber} không có số liệu và không khớp đơn vị nào: bỏ qua / row without figures skipped`,
        });
      return;
    }
    const unit = resolution.unit;
    const earlier = this.seen.get(unit.code);
    if (earlier !== undefined) {
      this.error({
        row: row.rowNumber,
        column: this.unitLabel,
        cell: at,
        message: `Đơn vị ${unit.code} (${unit.name}) đã có ở dòng ${earlier} / unit already given on row ${earlier}`,
      });
      return;
    }
    this.seen.set(unit.code, row.rowNumber);
    if (unit.writable === false) {
      this.error({
        row: row.rowNumber,
        column: this.unitLabel,
        cell: at,
        message: `Không có quyền ghi số liệu cho đơn vị ${unit.code} (${unit.name}) / not allowed to write values for this unit`,
      });
      return;
    }
    this.rows++;
    const comment = this.header.commentColumn === null ? '' : text(row.cells[this.header.commentColumn]);
    const evidence = this.header.evidenceColumn === null ? '' : text(row.cells[this.header.evidenceColumn]);
    for (const [column, element] of elementColumns) {
      const cell = cellRef(row.rowNumber, column);
      const result = readCell(row.cells[column] ?? null, element.valueType, element.bounds);
      if (result.kind === 'empty') continue;
      if (result.kind === 'error') {
        this.error({ row: row.rowNumber, column: element.code, cell, message: result.message });
        continue;
      }
      const item: ImportItem = { dataElement: element.code, unit: unit.code, period: this.description.period, value: result.value, row: row.rowNumber, cell };
      if (comment !== '') item.comment = comment;
      if (evidence !== '') item.evidence = evidence;
      this.keep(item);
    }
  }
}
