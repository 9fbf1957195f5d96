/**
 * The Markdown and XLSX renderers and the helpers every format shares: Markdown keeps the document's structure
 * and prints vi-VN figures (GFM tables, numbers right-aligned, cells escaped); the XLSX reads back (exceljs)
 * with numbers as numbers under number formats, a percent as its fraction with a % format; the date line pads
 * days under 10 and months 1–2; a too-wide issuer breaks in balanced halves; renderReport names each format.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatCell } from '../../src/reports/cells.ts';
import { reportHtml } from '../../src/reports/html.ts';
import { dateLine } from '../../src/reports/layout.ts';
import { reportMarkdown } from '../../src/reports/markdown.ts';
import { renderReport } from '../../src/reports/render.ts';
import { balancedLines, textWidthPt } from '../../src/reports/text-width.ts';
import { reportXlsx } from '../../src/reports/xlsx.ts';
import { seedReportModel } from '../helpers/report-model.ts';

describe('shared report helpers', () => {
  it('writes the date line as NĐ 30/2020 asks, with leading zeros for days under 10 and months 1 and 2', () => {
    expect(dateLine('Đắk Nông', '2022-12-15')).toBe('Đắk Nông, ngày 15 tháng 12 năm 2022');
    expect(dateLine('Ninh Thuận', '2023-02-05')).toBe('Ninh Thuận, ngày 05 tháng 02 năm 2023');
    expect(dateLine('Ninh Thuận', '2023-07-01')).toBe('Ninh Thuận, ngày 01 tháng 7 năm 2023');
    expect(() => dateLine('X', '15/12/2022')).toThrow(/không hợp lệ/);
  });

  it('formats cells vi-VN and prints null as a dash', () => {
    expect(formatCell(1607294, { kind: 'number', decimals: 0 })).toBe('1.607.294');
    expect(formatCell(0.5934, { kind: 'number', decimals: 4 })).toBe('0,5934');
    expect(formatCell(93.75, { kind: 'percent', decimals: 1 })).toBe('93,8%');
    expect(formatCell(null, { kind: 'percent', decimals: 1 })).toBe('—');
    expect(formatCell('27/63', { kind: 'text' })).toBe('27/63');
  });

  it('measures Times widths and breaks a too-wide issuer at the most balanced space', () => {
    expect(textWidthPt('Độc lập', 14, true)).toBeCloseTo(textWidthPt('Doc lap', 14, true), 5);
    expect(textWidthPt('MMMM', 12, true)).toBeGreaterThan(textWidthPt('iiii', 12, true) * 2);
    expect(balancedLines('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 13, true, 180)).toEqual(['SỞ THÔNG TIN VÀ', 'TRUYỀN THÔNG']);
    expect(balancedLines('UBND TỈNH ĐẮK NÔNG', 13, false, 180)).toEqual(['UBND TỈNH ĐẮK NÔNG']);
  });
});

describe('Markdown report', () => {
  const md = reportMarkdown(seedReportModel());

  it('carries the header, the title, the sections in order, the signature and Nơi nhận', () => {
    const order = [
      'UBND TỈNH ĐẮK NÔNG',
      '**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**',
      'Số:        /BC-STTTT',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      '**Độc lập - Tự do - Hạnh phúc**',
      '*Đắk Nông, ngày 15 tháng 12 năm 2022*',
      '# BÁO CÁO',
      '**Kết quả thực hiện chuyển đổi số năm 2022**',
      '## 1. Nhận thức số',
      '## 3. Hạ tầng số',
      '## 5. Chính quyền số',
      '## II. Các chỉ tiêu chậm tiến độ',
      '**KT. GIÁM ĐỐC**',
      '**Nguyễn Văn Hùng**',
      '***Nơi nhận:***',
      '- Lưu: VT, CĐS.',
      '## Phụ lục: Nguồn số liệu',
    ];
    const positions = order.map((text) => md.indexOf(text));
    positions.forEach((position, i) => expect(position, order[i]).toBeGreaterThanOrEqual(0));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints the figures vi-VN in GFM tables with numeric columns right-aligned', () => {
    expect(md).toContain('71/71 xã, phường, thị trấn');
    expect(md).toContain('585/624');
    expect(md).toContain('| Thôn, bon, buôn, tổ dân phố có băng rộng cố định | 585 | 624 | 93,8% | 100% |');
    expect(md).toContain('| Dân số toàn tỉnh (người) | 670.776 | — | — | — |');
    expect(md).toContain('| --- | ---: | ---: | ---: | ---: |');
    expect(md).toContain('| Ninh Thuận | 0,5934 | 27/63 | 26 |');
    expect(md).toContain('xếp thứ 27/63, tăng 26 bậc');
    expect(md).toContain('| 2 | DTI_TINH, Ninh Thuận, 2022 |');
    expect(md).toMatch(/^> \*\*Báo cáo có số liệu mô phỏng/);
  });

  it('escapes pipes and line breaks inside cells', () => {
    const model = seedReportModel();
    model.sections[1]!.tables[0]!.rows[0]![0] = 'a | b\nc';
    expect(reportMarkdown(model)).toContain('| a \\| b c | 71 |');
  });
});

describe('XLSX report', () => {
  it('writes the cells as numbers with number formats, percents as fractions under a % format', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(seedReportModel())) as never);
    const sheet = workbook.getWorksheet('Báo cáo')!;
    expect(String(sheet.getCell('A1').value)).toBe('BÁO CÁO Kết quả thực hiện chuyển đổi số năm 2022');
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    const find = (text: string): ExcelJS.Row => rows.find((row) => row.getCell(1).value === text)!;
    const header = find('Chỉ tiêu');
    expect(header.getCell(4).value).toBe('Tỷ lệ');
    expect(header.getCell(1).font.bold).toBe(true);
    const broadband = find('Thôn, bon, buôn, tổ dân phố có băng rộng cố định');
    expect(broadband.getCell(2).value).toBe(585);
    expect(broadband.getCell(2).numFmt).toBe('#,##0');
    expect(broadband.getCell(4).value).toBeCloseTo(0.9375, 10);
    expect(broadband.getCell(4).numFmt).toBe('0.0%');
    expect(broadband.getCell(5).value).toBe(1);
    expect(broadband.getCell(5).numFmt).toBe('0%');
    const population = find('Dân số toàn tỉnh (người)');
    expect(population.getCell(2).value).toBe(670776);
    expect(population.getCell(3).value).toBeNull();
    const dti = find('Ninh Thuận');
    expect(dti.getCell(2).value).toBe(0.5934);
    expect(dti.getCell(2).numFmt).toBe('#,##0.0000');
    expect(dti.getCell(3).value).toBe('27/63');
    expect(dti.getCell(4).value).toBe(26);
    expect(find('Bảng 1. Hạ tầng số năm 2022').font.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThan(30);
    const sources = workbook.getWorksheet('Nguồn số liệu')!;
    expect(sources.getCell('B3').value).toBe('DTI_TINH, Ninh Thuận, 2022');
    expect(sources.getCell('A3').value).toBe(2);
  });
});

describe('HTML report (the layout of the PDF)', () => {
  it('sets A4 with the NĐ 30/2020 margins, page numbers from page 2, and escapes the text of the model', () => {
    const model = seedReportModel();
    model.introduction = ['<script>alert(1)</script> & "trích dẫn"'];
    const html = reportHtml(model);
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm;');
    expect(html).toMatch(/@top-center \{ content: counter\(page\)/);
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích dẫn&quot;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<td class="num">93,8%</td>');
    expect(html).toContain('<html lang="vi">');
  });
});

describe('renderReport', () => {
  it('answers each format with its bytes, media type and extension', async () => {
    const model = seedReportModel();
    const md = await renderReport(model, 'md');
    expect(md).toMatchObject({ mediaType: 'text/markdown; charset=utf-8', extension: 'md' });
    expect(md.bytes.toString('utf8')).toContain('93,8%');
    const docx = await renderReport(model, 'docx');
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await renderReport(model, 'xlsx');
    expect(xlsx).toMatchObject({ mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' });
    await expect(renderReport(model, 'pdf', { chromium: null, soffice: null })).rejects.toMatchObject({ code: 'PDF_UNAVAILABLE', status: 503 });
  });
});
