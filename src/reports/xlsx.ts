/**
 * The report's tables as an XLSX workbook (exceljs): one sheet "Báo cáo" with the title and summary on top, then
 * every table in the report's order, each under its section's heading, with its title, a bold header row and
 * its rows; a second sheet "Nguồn số liệu" with the sources. Cells are numbers with a number format, never
 * text: thousands `#,##0`, decimals `#,##0.0000`, and a percent stored as its figure (93.75) written as a
 * fraction (0.9375) with a `0.0%` format, so Excel shows it in the reader's locale (93,8% in vi-VN) and sums it.
 *
 * One sheet rather than one per section: the tables are few and short, are read in the report's order, differ
 * in columns so none could share a range anyway, and section titles would be cut at Excel's 31 characters as
 * sheet names; the sources get their own sheet since they are a list, not a table of figures.
 */
import ExcelJS from 'exceljs';
import { dateLine } from './layout.ts';
import type { ReportColumnFormat, ReportModel, ReportTable } from './model.ts';

const FONT = { name: 'Times New Roman', size: 12 };
const THIN = { style: 'thin' as const };
const GRID = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The Excel number format of a column. */
export function numberFormat(format: ReportColumnFormat): string | undefined {
  if (format.kind === 'text') return undefined;
  const decimals = format.decimals > 0 ? `.${'0'.repeat(format.decimals)}` : '';
  return format.kind === 'percent' ? `0${decimals}%` : `#,##0${decimals}`;
}

/** A cell's value: numbers stay numbers (percents as fractions), text stays text, null stays empty. */
export function cellValue(value: string | number | null | undefined, format: ReportColumnFormat): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return format.kind === 'percent' ? value / 100 : value;
  return value;
}

function writeTable(sheet: ExcelJS.Worksheet, t: ReportTable, widths: number[]): void {
  const title = sheet.addRow([t.title]);
  title.font = { ...FONT, bold: true };
  const header = sheet.addRow(t.columns.map((c) => c.label));
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.border = GRID;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
  });
  for (const values of t.rows) {
    const row = sheet.addRow(t.columns.map((c, i) => cellValue(values[i], c.format)));
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = FONT;
      cell.border = GRID;
      const format = numberFormat(c.format);
      if (format) cell.numFmt = format;
      cell.alignment = { vertical: 'top', wrapText: c.format.kind === 'text', horizontal: c.format.kind === 'text' ? 'left' : 'right' };
      const length = typeof values[i] === 'string' ? (values[i] as string).length : 12;
      widths[i] = Math.max(widths[i] ?? 10, Math.min(60, length + 2), Math.min(30, c.label.length + 2));
    });
  }
  if (t.note) sheet.addRow([t.note]).font = { ...FONT, italic: true };
  sheet.addRow([]);
}

export async function reportXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.header.issuingBody;
  workbook.title = `${model.header.documentType} ${model.header.summary}`;
  const sheet = workbook.addWorksheet('Báo cáo', { views: [{ showGridLines: false }] });
  const h = model.header;
  sheet.addRow([`${h.documentType} ${h.summary}`]).font = { ...FONT, size: 14, bold: true };
  sheet.addRow([`${h.issuingBody} — ${dateLine(h.place, h.date)}`]).font = { ...FONT, italic: true };
  if (model.simulatedNotice) sheet.addRow([model.simulatedNotice]).font = { ...FONT, bold: true, color: { argb: 'FFC00000' } };
  sheet.addRow([]);
  const widths: number[] = [];
  for (const section of [...model.sections, ...model.closing]) {
    if (!section.tables.length) continue;
    sheet.addRow([section.title]).font = { ...FONT, size: 13, bold: true };
    for (const t of section.tables) writeTable(sheet, t, widths);
  }
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  if (model.sources.length) {
    const sources = workbook.addWorksheet('Nguồn số liệu');
    sources.columns = [
      { header: 'STT', width: 6 },
      { header: 'Số liệu', width: 36 },
      { header: 'Nguồn', width: 80 },
    ];
    sources.getRow(1).font = { ...FONT, bold: true };
    model.sources.forEach((s, i) => (sources.addRow([i + 1, s.subject, s.citation]).font = FONT));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
