/**
 * Reads the rows of a long file (one value per row, long-header.ts): the element by code or name, the unit
 * by code or name among the dataset's units expected in the row's period, the period (the row's, else the
 * upload's; it must be of the dataset's period type, and the upload's when the upload names one), the value
 * for the element's type, the comment and the evidence. DHIS2 disaggregations other than the default are
 * refused. Every problem names its cell; a key (element, unit, period) given twice is an error naming the
 * earlier row; a row without a value or a total row is skipped with a warning.
 */
import { foldVietnamese } from '../../domain/text.ts';
import { parsePeriod, type Period } from '../../domain/periods.ts';
import { readCell } from './cell-value.ts';
import { cellRef } from './cell-ref.ts';
import type { LongField, LongHeader } from './long-header.ts';
import { cellText, ReaderBase, type RowReaderOptions } from './reader-base.ts';
import { UnitMatcher } from './unit-match.ts';
import type { FieldColumns, ImportDescription, ImportElement, ImportProblem, SheetReader, SheetRow } from './types.ts';

/** The category option combo DHIS2 gives a value without disaggregation. */
const DEFAULT_COMBOS = new Set(['', 'default', 'hllvx50cxc0', 'mac dinh']);

export class LongRowReader extends ReaderBase implements SheetReader {
  readonly shape = 'long';
  private readonly byCode: Map<string, ImportElement>;
  private readonly byName = new Map<string, ImportElement[]>();
  private readonly units = new Map<string, UnitMatcher>();
  private readonly seen = new Map<string, number>();
  private readonly elementsSeen = new Set<string>();
  private readonly periodsSeen = new Set<string>();

  constructor(
    private readonly description: ImportDescription,
    private readonly header: LongHeader,
    options: RowReaderOptions,
  ) {
    super(options);
    this.byCode = new Map(description.elements.map((e) => [e.code.toLowerCase(), e]));
    for (const e of description.elements) this.byName.set(foldVietnamese(e.name), [...(this.byName.get(foldVietnamese(e.name)) ?? []), e]);
    if (description.period !== '') this.units.set(description.period, new UnitMatcher(description.units));
  }

  columns(): string[] {
    return [...this.elementsSeen];
  }

  periods(): string[] {
    return [...this.periodsSeen].sort();
  }

  fieldColumns(): FieldColumns {
    const out: FieldColumns = {};
    const { columns, labels } = this.header;
    for (const [field, from] of [
      ['dataElement', columns.elementCode ?? columns.elementName],
      ['unit', columns.unitCode ?? columns.unitName],
      ['period', columns.period],
      ['comment', columns.comment],
      ['evidence', columns.evidence],
    ] as const) {
      if (from !== undefined) out[field] = { index: from, label: labels.get(from) ?? '' };
    }
    return out;
  }

  private at(row: number, field: Exclude<LongField, 'ignored'>): Omit<ImportProblem, 'message'> {
    const column = this.header.columns[field];
    if (column === undefined) return { row, column: '', cell: '' };
    return { row, column: this.header.labels.get(column) ?? '', cell: cellRef(row, column) };
  }

  private text(row: SheetRow, field: Exclude<LongField, 'ignored'>): string {
    const column = this.header.columns[field];
    return column === undefined ? '' : cellText(row.cells[column]);
  }

  async read(row: SheetRow): Promise<void> {
    if (row.cells.every((c) => cellText(c) === '')) return;
    const n = row.rowNumber;
    const fail = (field: Exclude<LongField, 'ignored'>, message: string) => this.error({ ...this.at(n, field), message });
    const element = this.element(row, fail);
    const period = this.period(row, fail);
    let ok = element !== null && period !== null;
    for (const field of ['categoryOptionCombo', 'attributeOptionCombo'] as const) {
      const combo = this.text(row, field);
      if (combo !== '' && !DEFAULT_COMBOS.has(foldVietnamese(combo))) {
        fail(
          field,
          `Phân tổ "${combo}" không được hỗ trợ; chỉ nhận giá trị không phân tổ (default) / disaggregations are not supported, only the default combination`,
        );
        ok = false;
      }
    }
    if (!period) return; // the units depend on the period
    const code = this.text(row, 'unitCode');
    const name = this.text(row, 'unitName');
    const { unitCode, unitName } = this.header.columns;
    const unitField = unitCode !== undefined && (code !== '' || unitName === undefined) ? 'unitCode' : 'unitName';
    const resolution = (await this.matcherFor(period)).resolve(code, name);
    if (resolution.kind === 'total') {
      this.warn({ ...this.at(n, unitField), message: `Dòng ${n} là dòng tổng "${resolution.label}": bỏ qua (hệ thống tự cộng) / total row skipped` });
      return;
    }
    if (resolution.kind !== 'unit') {
      fail(unitField, resolution.kind === 'error' ? `${resolution.message} (kỳ ${period.id})` : 'Thiếu mã hoặc tên đơn vị / no unit code or name');
      return;
    }
    const unit = resolution.unit;
    if (unit.writable === false) {
      fail(unitField, `Không có quyền ghi số liệu cho đơn vị ${unit.code} (${unit.name}) / not allowed to write values for this unit`);
      return;
    }
    if (!ok || !element) return;
    const key = `${element.code}|${unit.code}|${period.id}`;
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      fail('value', `${element.code} của đơn vị ${unit.code} kỳ ${period.id} đã có ở dòng ${earlier} / the same element, unit and period as row ${earlier}`);
      return;
    }
    this.seen.set(key, n);
    const rawValue = this.header.columns.value === undefined ? null : (row.cells[this.header.columns.value] ?? null);
    const result = readCell(rawValue, element.valueType, element.bounds);
    if (result.kind === 'empty') {
      this.warn({ ...this.at(n, 'value'), message: `Dòng ${n} không có giá trị: bỏ qua / row without a value skipped` });
      return;
    }
    if (result.kind === 'error') {
      fail('value', `${element.code}: ${result.message}`);
      return;
    }
    this.rows++;
    this.elementsSeen.add(element.code);
    this.periodsSeen.add(period.id);
    const comment = this.text(row, 'comment');
    const evidence = this.text(row, 'evidence');
    this.keep({
      dataElement: element.code,
      unit: unit.code,
      period: period.id,
      value: result.value,
      ...(comment !== '' ? { comment } : {}),
      ...(evidence !== '' ? { evidence } : {}),
      row: n,
      cell: this.at(n, 'value').cell,
    });
  }

  private element(row: SheetRow, fail: (field: 'elementCode' | 'elementName', message: string) => void): ImportElement | null {
    const code = this.text(row, 'elementCode');
    const name = this.text(row, 'elementName');
    const field = code !== '' || this.header.columns.elementName === undefined ? 'elementCode' : 'elementName';
    const text = code !== '' ? code : name;
    if (text === '') {
      fail(field, 'Thiếu mã chỉ tiêu / no data element');
      return null;
    }
    const byName = this.byName.get(foldVietnamese(text));
    const found = this.byCode.get(text.toLowerCase()) ?? (byName?.length === 1 ? byName[0] : undefined);
    if (!found) {
      const { code: dataset } = this.description.dataset;
      fail(
        field,
        byName && byName.length > 1
          ? `Tên chỉ tiêu "${text}" trùng nhiều chỉ tiêu; ghi mã / ambiguous element name, give the code`
          : `Chỉ tiêu "${text}" không thuộc biểu mẫu ${dataset} / not an element of this dataset`,
      );
      return null;
    }
    return found;
  }

  private period(row: SheetRow, fail: (field: 'period', message: string) => void): Period | null {
    const chosen = this.description.period;
    const text = this.text(row, 'period');
    if (text === '') {
      if (chosen === '') fail('period', 'Thiếu kỳ / no period');
      return chosen === '' ? null : parsePeriod(chosen);
    }
    let period: Period;
    try {
      period = parsePeriod(text);
    } catch (error) {
      fail('period', (error as Error).message);
      return null;
    }
    const type = this.description.periodType;
    if (type && period.type !== type) {
      fail('period', `Kỳ ${period.id} là kỳ ${period.type}, biểu mẫu ${this.description.dataset.code} báo cáo theo kỳ ${type} / wrong period type`);
      return null;
    }
    if (chosen !== '' && period.id !== chosen) {
      fail('period', `Kỳ ${period.id} khác kỳ đã chọn ${chosen} / not the period chosen for this upload`);
      return null;
    }
    return period;
  }

  private async matcherFor(period: Period): Promise<UnitMatcher> {
    const known = this.units.get(period.id);
    if (known) return known;
    const units = this.description.unitsFor ? await this.description.unitsFor(period.id) : [];
    const matcher = new UnitMatcher(units);
    this.units.set(period.id, matcher);
    return matcher;
  }
}
