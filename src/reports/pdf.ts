/**
 * The report as PDF. Chromium (through playwright-core, the executable from DX_IOC_CHROMIUM when set, and only
 * there, else Debian's /usr/bin/chromium) prints the HTML layout of html.ts: A4, the @page margins, page numbers
 * from page 2. Without Chromium, LibreOffice (`soffice --headless --convert-to pdf`, DX_IOC_SOFFICE or on the
 * PATH) converts the DOCX. With neither, the AppError PDF_UNAVAILABLE (503) says what to install; an engine
 * that fails is PDF_FAILED naming it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { appError } from '../domain/errors.ts';
import { reportDocx } from './docx/index.ts';
import { reportHtml } from './html.ts';
import type { ReportModel } from './model.ts';

export interface PdfEngines {
  chromium: string | null;
  soffice: string | null;
}

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const SOFFICE_NAMES = ['soffice', 'libreoffice'];
const TIMEOUT_MS = 120_000;

/** The executables present: an env variable, when set, is the only place looked at for its engine. */
export function findPdfEngines(env: NodeJS.ProcessEnv = process.env): PdfEngines {
  const first = (paths: string[]): string | null => paths.find((path) => existsSync(path)) ?? null;
  const chromiumPath = first(env.DX_IOC_CHROMIUM ? [env.DX_IOC_CHROMIUM] : CHROMIUM_PATHS);
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/lib/libreoffice/program'];
  const soffice = first(env.DX_IOC_SOFFICE ? [env.DX_IOC_SOFFICE] : dirs.flatMap((dir) => SOFFICE_NAMES.map((name) => join(dir, name))));
  return { chromium: chromiumPath, soffice };
}

async function printWithChromium(model: ReportModel, executablePath: string): Promise<Buffer> {
  const asRoot = process.getuid?.() === 0;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    timeout: TIMEOUT_MS,
    args: [...(asRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(reportHtml(model), { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

async function convertWithLibreOffice(model: ReportModel, soffice: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'dx-ioc-report-'));
  try {
    const docx = join(dir, 'report.docx');
    await writeFile(docx, await reportDocx(model));
    // A profile of its own, so a LibreOffice already running (or a locked profile) does not swallow the call.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    await promisify(execFile)(soffice, ['--headless', '--norestore', profile, '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: TIMEOUT_MS });
    return await readFile(join(dir, 'report.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const reason = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

export async function reportPdf(model: ReportModel, engines: PdfEngines = findPdfEngines()): Promise<Buffer> {
  if (engines.chromium) {
    const path = engines.chromium;
    return printWithChromium(model, path).catch((error: unknown) => {
      throw appError('PDF_FAILED', { engine: 'Chromium', reason: reason(error) });
    });
  }
  if (engines.soffice) {
    const path = engines.soffice;
    return convertWithLibreOffice(model, path).catch((error: unknown) => {
      throw appError('PDF_FAILED', { engine: 'LibreOffice', reason: reason(error) });
    });
  }
  throw appError('PDF_UNAVAILABLE');
}
