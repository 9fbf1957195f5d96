/**
 * The XLSX template for a dataset and period: units as rows (STT, mã đơn vị, tên đơn vị), elements
 * as columns under their group ("Hạ tầng số", merged), element names in one header row and codes in
 * the next (so a filled-in file is matched back by code even if names are edited), a title, frozen
 * panes, widths, and a hidden sheet naming the dataset and period (checked when the file comes back).
 */
import ExcelJS from 'exceljs';
import { TEMPLATE_META_SHEET } from './template-meta.ts';
import type { ImportDescription } from './types.ts';

const FIRST_ELEMENT_COLUMN = 4; // A: STT, B: mã đơn vị, C: tên đơn vị
const GROUP_ROW = 3;
const NAME_ROW = 4;
const CODE_ROW = 5;
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

export async function buildTemplate(description: ImportDescription): Promise<Buffer> {
  const { dataset, period, elements, units } = description;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DX-IOC';
  const sheet = workbook.addWorksheet('Số liệu', { views: [{ state: 'frozen', xSplit: 3, ySplit: CODE_ROW }] });
  const lastColumn = FIRST_ELEMENT_COLUMN + elements.length - 1;

  sheet.mergeCells(1, 1, 1, Math.max(lastColumn, 3));
  sheet.getCell(1, 1).value = `BÁO CÁO SỐ LIỆU: ${dataset.name.toUpperCase()}`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(2, 1, 2, Math.max(lastColumn, 3));
  sheet.getCell(2, 1).value =
    `Bộ dữ liệu: ${dataset.code} — Kỳ báo cáo: ${description.periodLabel ?? period} (${period}). Nhập số theo kiểu Việt Nam (1.607.294; 73,08), không sửa dòng mã chỉ tiêu.`;
  sheet.getCell(2, 1).font = { italic: true };

  ['STT', 'Mã đơn vị', 'Tên đơn vị'].forEach((label, i) => {
    sheet.mergeCells(GROUP_ROW, i + 1, NAME_ROW, i + 1);
    sheet.getCell(GROUP_ROW, i + 1).value = label;
  });
  sheet.getCell(CODE_ROW, 3).value = 'Mã chỉ tiêu →';

  let start = 0;
  while (start < elements.length) {
    const group = elements[start]?.group;
    let end = start;
    while (group && end + 1 < elements.length && elements[end + 1]?.group === group) end++;
    const from = FIRST_ELEMENT_COLUMN + start;
    const to = FIRST_ELEMENT_COLUMN + end;
    if (group) {
      if (to > from) sheet.mergeCells(GROUP_ROW, from, GROUP_ROW, to);
      sheet.getCell(GROUP_ROW, from).value = group;
    }
    start = end + 1;
  }
  elements.forEach((element, i) => {
    const column = FIRST_ELEMENT_COLUMN + i;
    sheet.getCell(NAME_ROW, column).value = element.name;
    sheet.getCell(CODE_ROW, column).value = element.code;
    sheet.getColumn(column).width = 18;
  });
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 12;
  sheet.getColumn(3).width = 36;

  for (let r = GROUP_ROW; r <= CODE_ROW; r++) {
    const row = sheet.getRow(r);
    row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    for (let c = 1; c <= Math.max(lastColumn, 3); c++) {
      const cell = row.getCell(c);
      cell.font = r === CODE_ROW ? { italic: true, size: 9, color: { argb: 'FF666666' } } : { bold: true };
      cell.border = border;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: r === CODE_ROW ? 'FFF2F2F2' : 'FFDDEBF7' } };
    }
  }
  sheet.getRow(NAME_ROW).height = 48;

  units.forEach((unit, i) => {
    const row = sheet.getRow(CODE_ROW + 1 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = unit.code;
    row.getCell(2).numFmt = '@';
    row.getCell(3).value = unit.name;
    for (let c = 1; c <= Math.max(lastColumn, 3); c++) row.getCell(c).border = border;
  });

  const meta = workbook.addWorksheet(TEMPLATE_META_SHEET, { state: 'hidden' });
  meta.addRow(['dataset', dataset.code]);
  meta.addRow(['period', period]);
  meta.addRow(['template', '1']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
