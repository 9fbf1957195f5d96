/**
 * The one entry point to the report formats: a ReportModel in, the file's bytes with its media type and file
 * extension out. The job, the API route and the CLI call this, never a renderer directly. The renderers are loaded
 * when a format is first asked for: docx, exceljs and playwright-core take seconds to load, and every server and
 * CLI start would otherwise pay for them.
 */
import { reportMarkdown } from './markdown.ts';
import type { ReportModel } from './model.ts';
import type { PdfEngines } from './pdf.ts';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderedReport {
  bytes: Buffer;
  mediaType: string;
  extension: string;
}

export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown; charset=utf-8',
};

async function bytesOf(model: ReportModel, format: ReportFormat, engines?: PdfEngines): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return (await import('./docx/index.ts')).reportDocx(model);
    case 'pdf':
      return (await import('./pdf.ts')).reportPdf(model, engines);
    case 'xlsx':
      return (await import('./xlsx.ts')).reportXlsx(model);
    case 'md':
      return Buffer.from(reportMarkdown(model), 'utf8');
  }
}

/** `engines` overrides where the PDF engines are looked for (tests; by default findPdfEngines()). */
export async function renderReport(model: ReportModel, format: ReportFormat, engines?: PdfEngines): Promise<RenderedReport> {
  return { bytes: await bytesOf(model, format, engines), mediaType: REPORT_MEDIA_TYPES[format], extension: format };
}
