/**
 * The DOCX's layout under NĐ 30/2020, Phụ lục I, read back from its XML (jszip): A4, margins in their ranges,
 * Times New Roman, the borderless two-column header (quốc hiệu 12–13 pt bold, tiêu ngữ 13–14 pt bold not
 * italic, its rule a paragraph border as long as the text, never dashes), "Số:" and the italic date on one row,
 * the body justified with a first-line indent, page numbers from page 2 (titlePg and a PAGE field in the
 * default header only), "Nơi nhận:" 12 pt bold italic with its list at 11 pt, vi-VN figures, the notice.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocx } from '../../src/reports/docx/index.ts';
import { mmToTwips } from '../../src/reports/layout.ts';
import { textWidthPt } from '../../src/reports/text-width.ts';
import { seedReportModel } from '../helpers/report-model.ts';

let zip: JSZip;
let document: string;

const part = async (name: string): Promise<string> => {
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async('string');
};

/** The whole <w:p> holding `text`. */
function paragraphWith(xml: string, text: string): string {
  const at = xml.indexOf(text);
  expect(at, `no "${text}" in the XML`).toBeGreaterThan(0);
  return xml.slice(xml.lastIndexOf('<w:p>', at), xml.indexOf('</w:p>', at) + 6);
}

/** The <w:rPr> of the run holding `text`. */
function runPropsOf(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}<`);
  expect(at, `no run "${text}"`).toBeGreaterThan(0);
  const start = xml.lastIndexOf('<w:r>', at);
  return xml.slice(start, at);
}

const attr = (xml: string, element: string, name: string): number => {
  const match = new RegExp(`<${element}\\b[^>]*\\b${name}="(\\d+)"`).exec(xml);
  if (!match) throw new Error(`no ${element} ${name} in ${xml.slice(0, 200)}`);
  return Number(match[1]);
};
const size = (rPr: string): number => attr(rPr, 'w:sz', 'w:val');
const isBold = (rPr: string): boolean => /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(rPr);
const isItalic = (rPr: string): boolean => /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(rPr);

beforeAll(async () => {
  zip = await JSZip.loadAsync(await reportDocx(seedReportModel()));
  document = await part('word/document.xml');
});

describe('DOCX under NĐ 30/2020', () => {
  it('is A4 portrait with the margins in their ranges', () => {
    const sectPr = /<w:sectPr>.*<\/w:sectPr>/.exec(document)![0];
    expect(attr(sectPr, 'w:pgSz', 'w:w')).toBe(11906);
    expect(attr(sectPr, 'w:pgSz', 'w:h')).toBe(16838);
    const within = (name: string, lowMm: number, highMm: number): void => {
      const value = attr(sectPr, 'w:pgMar', name);
      expect(value, name).toBeGreaterThanOrEqual(mmToTwips(lowMm));
      expect(value, name).toBeLessThanOrEqual(mmToTwips(highMm));
    };
    within('w:top', 20, 25);
    within('w:bottom', 20, 25);
    within('w:left', 30, 35);
    within('w:right', 15, 20);
  });

  it('sets Times New Roman as the font of every run and names no other', async () => {
    const styles = await part('word/styles.xml');
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)![0];
    for (const name of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(defaults).toContain(`${name}="Times New Roman"`);
    const others = [...document.matchAll(/<w:rFonts [^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('Times New Roman'));
    expect(others).toEqual([]);
  });

  it('lays out the header as a two-column table without borders', () => {
    const table = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    expect(table).toContain('UBND TỈNH ĐẮK NÔNG');
    expect(table).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect((table.match(/<w:gridCol /g) ?? []).length).toBe(2);
    const borders = [...table.matchAll(/<w:(tblBorders|tcBorders)>(.*?)<\/w:\1>/g)].map((m) => m[2]!);
    expect(borders.length).toBeGreaterThan(0);
    for (const sides of borders) for (const side of sides.matchAll(/w:val="(\w+)"/g)) expect(side[1]).toBe('none');
    // The parent body not bold, the issuer in capitals bold.
    expect(isBold(runPropsOf(table, 'UBND TỈNH ĐẮK NÔNG'))).toBe(false);
    const issuer = runPropsOf(table, 'SỞ THÔNG TIN VÀ');
    expect(isBold(issuer)).toBe(true);
  });

  it('prints the quốc hiệu 12–13 pt bold and the tiêu ngữ 13–14 pt bold, not italic, over a drawn rule as long as its text', () => {
    const quocHieu = runPropsOf(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(isBold(quocHieu)).toBe(true);
    expect(size(quocHieu)).toBeGreaterThanOrEqual(24);
    expect(size(quocHieu)).toBeLessThanOrEqual(26);
    const tieuNgu = runPropsOf(document, 'Độc lập - Tự do - Hạnh phúc');
    expect(isBold(tieuNgu)).toBe(true);
    expect(isItalic(tieuNgu)).toBe(false);
    expect(size(tieuNgu)).toBeGreaterThanOrEqual(26);
    expect(size(tieuNgu)).toBeLessThanOrEqual(28);
    // The next paragraph is the rule: a single-line paragraph border, no text, spanning about the text's width.
    const after = document.slice(document.indexOf('</w:p>', document.indexOf('Độc lập - Tự do - Hạnh phúc')) + 6);
    const rule = after.slice(0, after.indexOf('</w:p>') + 6);
    expect(rule).toMatch(/<w:pBdr><w:(top|bottom) w:val="single"/);
    expect(rule).not.toMatch(/<w:t(?: [^>]*)?>[^<]+<\/w:t>/);
    const cell = /<w:tc>.*?<\/w:tc>/.exec(document.slice(document.lastIndexOf('<w:tc>', document.indexOf('Độc lập'))))![0];
    const cellWidth = attr(cell, 'w:tcW', 'w:w');
    const ruleLength = (cellWidth - attr(rule, 'w:ind', 'w:left') - attr(rule, 'w:ind', 'w:right')) / 20;
    const textLength = textWidthPt('Độc lập - Tự do - Hạnh phúc', 14, true);
    expect(ruleLength).toBeGreaterThan(150); // independent sanity: 14 pt bold Times prints it about 171 pt wide
    expect(ruleLength).toBeLessThan(190);
    expect(Math.abs(ruleLength - textLength)).toBeLessThan(2);
    // No rule typed as characters anywhere.
    expect(document).not.toMatch(/[-_–—]{3,}/);
  });

  it('puts "Số: …" and the italic place and date on the same row', () => {
    const rows = [...document.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    const row = rows.find((r) => r.includes('Số:'))!;
    expect(row).toContain('Đắk Nông, ngày 15 tháng 12 năm 2022');
    expect(isItalic(runPropsOf(row, 'Đắk Nông, ngày 15 tháng 12 năm 2022'))).toBe(true);
  });

  it('centres the document type and summary in bold, and justifies the body with a first-line indent', () => {
    for (const text of ['BÁO CÁO', 'Kết quả thực hiện chuyển đổi số năm 2022']) {
      const p = paragraphWith(document, `>${text}<`);
      expect(p).toContain('<w:jc w:val="center"/>');
      expect(isBold(runPropsOf(p, text))).toBe(true);
    }
    const body = paragraphWith(document, '71/71 xã, phường, thị trấn');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(attr(body, 'w:ind', 'w:firstLine')).toBeGreaterThanOrEqual(mmToTwips(10));
    const bodySize = size(body);
    expect(bodySize).toBeGreaterThanOrEqual(26);
    expect(bodySize).toBeLessThanOrEqual(28);
  });

  it('numbers pages from page 2: a different first page, and the PAGE field only in the default header', async () => {
    expect(document).toContain('<w:titlePg/>');
    const rels = await part('word/_rels/document.xml.rels');
    const target = (type: string): string => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(document)![1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    };
    const byDefault = await part(`word/${target('default')}`);
    const first = await part(`word/${target('first')}`);
    expect(byDefault).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr=" ?PAGE/);
    expect(byDefault).toContain('<w:jc w:val="center"/>');
    expect(first).not.toContain('PAGE');
  });

  it('closes with the signature and "Nơi nhận:" 12 pt bold italic over its 11 pt list', () => {
    const label = runPropsOf(document, 'Nơi nhận:');
    expect(size(label)).toBe(24);
    expect(isBold(label)).toBe(true);
    expect(isItalic(label)).toBe(true);
    for (const entry of ['- UBND tỉnh (b/c);', '- Lưu: VT, CĐS.']) expect(size(runPropsOf(document, entry))).toBe(22);
    for (const line of ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Hùng']) expect(isBold(runPropsOf(document, line))).toBe(true);
    expect(document.indexOf('Nguyễn Văn Hùng')).toBeGreaterThan(document.indexOf('PHÓ GIÁM ĐỐC'));
  });

  it('prints the figures vi-VN in the tables, the sources appendix and the simulated notice', async () => {
    for (const figure of ['>670.776<', '>93,8%<', '>100,0%<', '>0,5934<', '>27/63<', '>—<']) expect(document).toContain(figure);
    expect(document).toContain('tăng 26 bậc');
    expect(document).toContain('>PHỤ LỤC<');
    expect(document).toContain('Bộ Thông tin và Truyền thông, công bố DTI 2022');
    expect(document).toContain('số liệu mô phỏng');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map(part),
    );
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(footer).toContain('số liệu mô phỏng');
  });
});
