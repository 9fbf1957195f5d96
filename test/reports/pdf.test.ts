/**
 * The PDF report, printed by Chromium (and, where LibreOffice is installed, converted from the DOCX), read back
 * with poppler: the text holds the quốc hiệu, tiêu ngữ, "Số:" and the seed figures; the page is A4; words stay
 * inside the NĐ 30/2020 margins; the page number shows from page 2; the fonts are Times-metric ones. The pages
 * are saved as images in test-results/reports/ for a reader to look at. Without Chromium (or poppler) the
 * Chromium tests are SKIPPED, loudly; with CI=true they fail instead, as the browser tests do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { findPdfEngines } from '../../src/reports/pdf.ts';
import { renderReport } from '../../src/reports/render.ts';
import { seedReportModel } from '../helpers/report-model.ts';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'reports');
const ENGINES = findPdfEngines();
const POPPLER = ['pdftotext', 'pdftoppm', 'pdfinfo', 'pdffonts'].every((tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const RUN_CHROMIUM = (ENGINES.chromium !== null && POPPLER) || process.env.CI === 'true';
if (!RUN_CHROMIUM) {
  console.warn(`
!!! ═══════════════════════════════════════════════════════════════════════════════════════════════
!!! Không có Chromium hoặc poppler-utils: BỎ QUA kiểm thử PDF báo cáo / Chromium or poppler-utils not
!!! found: the report PDF tests are SKIPPED. apt-get install -y chromium poppler-utils (or set
!!! DX_IOC_CHROMIUM). With CI=true they fail instead.
!!! ═══════════════════════════════════════════════════════════════════════════════════════════════`);
}
if (!ENGINES.soffice) console.warn('!!! Không có LibreOffice: bỏ qua ảnh của DOCX / LibreOffice not found: the DOCX-to-PDF images are skipped');

const text = (pdf: string, page?: number): string =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'], { encoding: 'utf8' });

/** Each word's box on a page, in points from the top left. */
function words(pdf: string, page: number): { word: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    word: m[5]!,
  }));
}

/** Saves the PDF and its pages as PNG (70 dpi) under test-results/reports/, replacing this prefix's old ones. */
function savePages(bytes: Buffer, prefix: string): string {
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(OUT)) if (name.startsWith(prefix)) rmSync(join(OUT, name));
  const pdf = join(OUT, `${prefix}.pdf`);
  writeFileSync(pdf, bytes);
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, `${prefix}-page`)]);
  return pdf;
}

function expectReportText(pdf: string): void {
  const all = text(pdf);
  for (const expected of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số:',
    'BÁO CÁO',
    '71/71',
    '585/624',
    '93,8%',
    '27/63',
    '26 bậc',
    '0,5934',
  ]) {
    expect(all, expected).toContain(expected);
  }
  expect(all).toContain('Đắk Nông, ngày 15 tháng 12 năm 2022');
  expect(all).toContain('Nơi nhận:');
  expect(all).toContain('số liệu mô phỏng');
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
}

describe.skipIf(!RUN_CHROMIUM)('PDF report printed by Chromium', () => {
  let pdf: string;

  beforeAll(async () => {
    if (!ENGINES.chromium) throw new Error('CI=true and no Chromium: apt-get install -y chromium (.ci/run does), or set DX_IOC_CHROMIUM');
    if (!POPPLER) throw new Error('CI=true and no poppler-utils: apt-get install -y poppler-utils (.ci/run does)');
    const rendered = await renderReport(seedReportModel(), 'pdf', { chromium: ENGINES.chromium, soffice: null });
    expect(rendered.mediaType).toBe('application/pdf');
    pdf = savePages(rendered.bytes, 'chromium');
  }, 120_000);

  it('holds the header, the figures and the notice on A4 pages, saved as images', () => {
    expectReportText(pdf);
    expect(readdirSync(OUT).filter((name) => /^chromium-page-\d+\.png$/.test(name)).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps every word of the body inside the margins (left 30 mm, right 15 mm, top 20 mm)', () => {
    const mm = (value: number): number => (value * 72) / 25.4;
    for (const page of [1, 2]) {
      const body = words(pdf, page).filter((w) => w.yMin > mm(19) && w.yMax < 841.9 - mm(19));
      expect(body.length).toBeGreaterThan(50);
      for (const w of body) {
        expect(w.xMin, `"${w.word}" p.${page}`).toBeGreaterThanOrEqual(mm(30) - 0.5);
        expect(w.xMax, `"${w.word}" p.${page}`).toBeLessThanOrEqual(595.3 - mm(15) + 0.5);
      }
    }
  });

  it('numbers the pages centred at the top from page 2, not on page 1', () => {
    const top = (page: number): string[] =>
      words(pdf, page)
        .filter((w) => w.yMax < 56)
        .map((w) => w.word);
    expect(top(1)).toEqual([]);
    expect(top(2)).toEqual(['2']);
    const number = words(pdf, 2).find((w) => w.yMax < 56)!;
    const centre = (number.xMin + number.xMax) / 2;
    expect(Math.abs(centre - (85.04 + (595.3 - 42.52)) / 2)).toBeLessThan(3);
  });

  it('sets the text in a Times-metric serif that covers Vietnamese (no fallback font)', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/Times|LiberationSerif|Tinos/);
    expect(fonts).not.toMatch(/DejaVu|Noto|Sans/);
  });
});

describe.skipIf(!ENGINES.soffice || !POPPLER)('PDF report converted from the DOCX by LibreOffice', () => {
  it('holds the header and the figures on A4 pages, saved as images', async () => {
    const rendered = await renderReport(seedReportModel(), 'pdf', { chromium: null, soffice: ENGINES.soffice });
    const pdf = savePages(rendered.bytes, 'libreoffice-docx');
    expectReportText(pdf);
    expect(text(pdf, 1)).not.toMatch(/^\s*1\s*$/m);
    expect(text(pdf, 2).trimStart().startsWith('2')).toBe(true);
  }, 180_000);
});

describe('PDF engines', () => {
  it('looks for Chromium only at DX_IOC_CHROMIUM when it is set, and for LibreOffice on the PATH', () => {
    const none = { DX_IOC_CHROMIUM: '/nonexistent/chromium', DX_IOC_SOFFICE: '/nonexistent/soffice', PATH: '/nonexistent' };
    expect(findPdfEngines(none)).toEqual({ chromium: null, soffice: null });
    const here = findPdfEngines({ DX_IOC_CHROMIUM: process.execPath, DX_IOC_SOFFICE: process.execPath });
    expect(here).toEqual({ chromium: process.execPath, soffice: process.execPath });
    const bin = join(OUT, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'soffice'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findPdfEngines({ DX_IOC_CHROMIUM: '/nonexistent/chromium', PATH: `/nonexistent:${bin}` }).soffice).toBe(join(bin, 'soffice'));
    rmSync(bin, { recursive: true });
  });

  it('answers 503 PDF_UNAVAILABLE when neither is present, and PDF_FAILED naming the engine that fails', async () => {
    const model = seedReportModel();
    const missing = await renderReport(model, 'pdf', { chromium: null, soffice: null }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(AppError);
    expect(missing).toMatchObject({ code: 'PDF_UNAVAILABLE', status: 503 });
    expect((missing as AppError).message).toMatch(/^Không tạo được PDF: máy chủ chưa có Chromium hoặc LibreOffice.* \/ Cannot make a PDF/);
    const broken = join(OUT, 'not-a-browser.sh');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(broken, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    try {
      await expect(renderReport(model, 'pdf', { chromium: broken, soffice: null })).rejects.toMatchObject({ code: 'PDF_FAILED', status: 500 });
      await expect(renderReport(model, 'pdf', { chromium: null, soffice: broken })).rejects.toMatchObject({ code: 'PDF_FAILED', message: /LibreOffice/ });
    } finally {
      if (existsSync(broken)) rmSync(broken);
    }
  }, 60_000);
});
