/**
 * The demo's reports as files a Sở would send: Đắk Nông's progress report for 2023 (the seed's "71/71 xã …",
 * "585/624 … đạt tỷ lệ 93,8%") and Ninh Thuận's for the first half of 2023 ("8/19 chỉ tiêu", DTI 2022 "0,5934,
 * xếp thứ 27/63, tăng 26 bậc"), built from the data by buildProgressReport and rendered by renderReport. The DOCX
 * is read back from its XML (the words, the page size, the margins, the font); the PDF from its text with poppler,
 * its pages saved as images in test-results/reports/demo-*.png for a reader to look at. Without Chromium or
 * poppler the PDF part is SKIPPED loudly; with CI=true it fails instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { openDemoStore } from '../helpers/demo-template.ts';
import { DEMO_ACTOR } from '../../src/app/demo/record-figures.ts';
import type { Store } from '../../src/store/db.ts';
import { buildProgressReport } from '../../src/reports/build/progress-report.ts';
import type { ReportModel } from '../../src/reports/model.ts';
import { findPdfEngines } from '../../src/reports/pdf.ts';
import { renderReport } from '../../src/reports/render.ts';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'reports');
const ENGINES = findPdfEngines();
const POPPLER = ['pdftotext', 'pdftoppm'].every((tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const RUN_PDF = (ENGINES.chromium !== null && POPPLER) || process.env.CI === 'true';
if (!RUN_PDF)
  console.warn('!!! Không có Chromium hoặc poppler-utils: BỎ QUA PDF của báo cáo mẫu / no Chromium or poppler-utils: the demo report PDF is SKIPPED');

const REPORTS = {
  'dak-nong': { request: { plan: 'DN_KH_CDS_2022', unit: '67', period: '2023', date: '2023-10-10' }, figures: ['71/71', '585/624', '93,8%'] },
  'ninh-thuan': { request: { plan: 'NT_KH_CDS_2023', unit: '58', period: '2023S1', date: '2023-08-01' }, figures: ['8/19', '0,5934', '27/63', '26 bậc'] },
} as const;
const FRAME = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:', 'BÁO CÁO', 'Nơi nhận:'];

/** The words of a DOCX's body, run texts joined per paragraph. */
async function docxXml(bytes: Buffer): Promise<{ text: string; xml: string }> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n');
  return { text, xml };
}

describe('the demo reports as DOCX and PDF', () => {
  let store: Store;
  const models: Record<string, ReportModel> = {};

  beforeAll(async () => {
    store = (await openDemoStore('sqlite'))!;
    await ensureDemoData(store);
    for (const [name, { request }] of Object.entries(REPORTS)) models[name] = await buildProgressReport(store, request, DEMO_ACTOR);
  }, 300_000);
  afterAll(async () => store?.close());

  it.each(Object.keys(REPORTS))('%s: the DOCX holds the frame and the figures, on A4 in Times New Roman', async (name) => {
    const { bytes, mediaType } = await renderReport(models[name]!, 'docx');
    expect(mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `demo-${name}.docx`), bytes);
    const { text, xml } = await docxXml(bytes);
    for (const expected of [...FRAME, ...REPORTS[name as keyof typeof REPORTS].figures]) expect(text, expected).toContain(expected);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(/<w:pgMar [^>]*>/.exec(xml)![0])![1]);
    const mm = (twips: number) => Math.round((twips / 1440) * 254) / 10; // to 0.1 mm: 15 mm is 850 twips
    expect(mm(margin('top'))).toBeGreaterThanOrEqual(20);
    expect(mm(margin('top'))).toBeLessThanOrEqual(25);
    expect(mm(margin('left'))).toBeGreaterThanOrEqual(30);
    expect(mm(margin('left'))).toBeLessThanOrEqual(35);
    expect(mm(margin('right'))).toBeGreaterThanOrEqual(15);
    expect(mm(margin('right'))).toBeLessThanOrEqual(20);
    const styles = await (await JSZip.loadAsync(bytes)).file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:ascii="Times New Roman"');
  });

  it.skipIf(!RUN_PDF).each(Object.keys(REPORTS))(
    '%s: the PDF holds the frame and the figures; its pages are saved as images',
    async (name) => {
      if (!ENGINES.chromium || !POPPLER) throw new Error('CI=true and no Chromium or poppler-utils: .ci/run installs them');
      const { bytes } = await renderReport(models[name]!, 'pdf');
      mkdirSync(OUT, { recursive: true });
      for (const file of readdirSync(OUT)) if (file.startsWith(`demo-${name}-page`)) rmSync(join(OUT, file));
      const pdf = join(OUT, `demo-${name}.pdf`);
      writeFileSync(pdf, bytes);
      execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, `demo-${name}-page`)]);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const expected of [...FRAME, ...REPORTS[name as keyof typeof REPORTS].figures]) expect(text, expected).toContain(expected);
      expect(readdirSync(OUT).filter((file) => file.startsWith(`demo-${name}-page`)).length).toBeGreaterThanOrEqual(1);
    },
    120_000,
  );
});
