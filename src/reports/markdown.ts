/**
 * The report as Markdown (GFM): the NĐ 30/2020 header as lines (issuer, number, quốc hiệu, tiêu ngữ, place and
 * date), the document type and summary, the sections with their paragraphs and tables (vi-VN numbers through
 * cells.ts, numeric columns right-aligned), the closing parts, the signature, "Nơi nhận:", the sources appendix
 * and the simulated-data notice. For previews, wikis and diffs; the administrative document is the DOCX.
 */
import { formatCell, isNumeric } from './cells.ts';
import { QUOC_HIEU, TIEU_NGU, dateLine } from './layout.ts';
import type { ReportModel, ReportSection, ReportTable } from './model.ts';

/** Escapes what would break a table cell or start unwanted markup inside one. */
const cellText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

function table(t: ReportTable): string[] {
  const head = `| ${t.columns.map((c) => cellText(c.label)).join(' | ')} |`;
  const rule = `| ${t.columns.map((c) => (isNumeric(c.format) ? '---:' : '---')).join(' | ')} |`;
  const rows = t.rows.map((row) => `| ${t.columns.map((c, i) => cellText(formatCell(row[i], c.format))).join(' | ')} |`);
  const lines = [`**${t.title}**`, '', head, rule, ...rows];
  if (t.note) lines.push('', `*${t.note}*`);
  return lines;
}

function section(s: ReportSection, level: string): string[] {
  const lines = [`${level} ${s.title}`, ''];
  for (const paragraph of s.paragraphs) lines.push(paragraph, '');
  for (const t of s.tables) lines.push(...table(t), '');
  return lines;
}

export function reportMarkdown(model: ReportModel): string {
  const h = model.header;
  const lines: string[] = [];
  if (model.simulatedNotice) lines.push(`> **${model.simulatedNotice}**`, '');
  lines.push(`${h.parentBody}  `, `**${h.issuingBody}**  `, h.number, '');
  lines.push(`**${QUOC_HIEU}**  `, `**${TIEU_NGU}**`, '');
  lines.push(`*${dateLine(h.place, h.date)}*`, '');
  lines.push(`# ${h.documentType}`, '', `**${h.summary}**`, '');
  for (const paragraph of model.introduction) lines.push(paragraph, '');
  for (const s of model.sections) lines.push(...section(s, '##'));
  for (const s of model.closing) lines.push(...section(s, '##'));
  const sig = model.signature;
  const signature = [sig.authority, sig.title, sig.name].filter((line) => line.trim() !== '');
  if (signature.length) lines.push(...signature.map((line, i) => `**${line}**${i < signature.length - 1 ? '  ' : ''}`), '');
  if (model.recipients.length) {
    lines.push('***Nơi nhận:***', '');
    for (const r of model.recipients) lines.push(`- ${r.replace(/^-\s*/, '')}`);
    lines.push('');
  }
  if (model.sources.length) {
    lines.push('## Phụ lục: Nguồn số liệu', '', '| STT | Số liệu | Nguồn |', '| ---: | --- | --- |');
    model.sources.forEach((s, i) => lines.push(`| ${i + 1} | ${cellText(s.subject)} | ${cellText(s.citation)} |`));
    lines.push('');
  }
  if (model.simulatedNotice) lines.push(`> **${model.simulatedNotice}**`, '');
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
