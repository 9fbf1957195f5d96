/**
 * The report as one HTML page with its print CSS, the same NĐ 30/2020 layout as the DOCX for printing to PDF
 * (pdf.ts) and for previews: A4 with @page margins (20/20/30/15 mm), Times New Roman with metric-compatible
 * fallbacks that cover Vietnamese (Liberation Serif, Tinos), the borderless two-column header (the tiêu ngữ's
 * rule is its own bottom border, as long as the text), page numbers centred at the top from page 2 (a CSS page
 * margin box, none on the first page), the simulated notice at the foot of every page.
 */
import { columnWidthsMm, formatCell, isNumeric, sourcesTable } from './cells.ts';
import { FONT_STACK_CSS, HEADER_LEFT_MM, MARGINS_MM, QUOC_HIEU, SIZES, TEXT_WIDTH_MM, TIEU_NGU, dateLine } from './layout.ts';
import type { ReportModel, ReportSection, ReportTable } from './model.ts';
import { balancedLines, textWidthPt } from './text-width.ts';

const MM_TO_PT = 72 / 25.4;

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A CSS string literal (for `content:`). */
const cssString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

function css(model: ReportModel): string {
  const m = MARGINS_MM;
  const notice = model.simulatedNotice
    ? `@bottom-center { content: ${cssString(model.simulatedNotice)}; font: italic ${SIZES.notice - 3}pt ${FONT_STACK_CSS}; color: #c00000; }`
    : '';
  return `
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-center { content: counter(page); font: ${SIZES.pageNumber}pt ${FONT_STACK_CSS}; vertical-align: middle; }
  ${notice} }
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { font-family: ${FONT_STACK_CSS}; font-size: ${SIZES.body}pt; color: #000; }
body { margin: 0; }
p { margin: 0; }
.frame { width: 100%; border-collapse: collapse; table-layout: fixed; }
.frame td { border: none; padding: 0; text-align: center; vertical-align: top; line-height: 1.2; }
.frame .left { width: ${HEADER_LEFT_MM}mm; }
.parent { font-size: ${SIZES.parentBody}pt; }
.issuer { font-size: ${SIZES.issuingBody}pt; font-weight: bold; }
.national { font-size: ${SIZES.nationalTitle}pt; font-weight: bold; white-space: nowrap; }
.motto { font-size: ${SIZES.motto}pt; font-weight: bold; font-style: normal; display: inline-block; border-bottom: 0.75pt solid #000; padding-bottom: 1pt; white-space: nowrap; }
.rule { margin: 1pt auto 0; border-top: 0.75pt solid #000; height: 0; }
.frame .number td { padding-top: 6pt; vertical-align: bottom; }
.number-line { font-size: ${SIZES.number}pt; white-space: pre; }
.date-line { font-size: ${SIZES.dateLine}pt; font-style: italic; }
.type { margin-top: 18pt; text-align: center; font-size: ${SIZES.documentType}pt; font-weight: bold; }
.summary { text-align: center; font-size: ${SIZES.summary}pt; font-weight: bold; }
.summary-rule { margin-top: 3pt; margin-bottom: 9pt; }
.notice { margin: 0 0 8pt; padding: 2pt 4pt; border: 0.75pt solid #c00000; color: #c00000; font-size: ${SIZES.notice}pt; font-weight: bold; font-style: italic; text-align: center; }
.body { text-align: justify; text-indent: 12.7mm; line-height: 1.3; margin-bottom: 6pt; hyphens: manual; }
h2 { font-size: ${SIZES.heading}pt; font-weight: bold; text-indent: 12.7mm; margin: 6pt 0; line-height: 1.3; break-after: avoid; }
.data { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${SIZES.table}pt; margin: 0 0 3pt; }
.data caption { font-weight: bold; font-size: ${SIZES.table + 1}pt; padding: 6pt 0 4pt; }
.data th, .data td { border: 0.5pt solid #000; padding: 2pt 4pt; line-height: 1.2; }
.data thead { display: table-header-group; }
.data tr { break-inside: avoid; }
.data .num { text-align: right; white-space: nowrap; }
.table-note { font-size: ${SIZES.table}pt; font-style: italic; margin-bottom: 6pt; }
.closing { width: 100%; border-collapse: collapse; margin-top: 12pt; break-inside: avoid; table-layout: fixed; }
.closing td { border: none; padding: 0; vertical-align: top; }
.closing .recipients { width: 80mm; }
.recipients-label { font-size: ${SIZES.recipientsLabel}pt; font-weight: bold; font-style: italic; }
.recipients-list { font-size: ${SIZES.recipients}pt; line-height: 1.2; }
.signature { text-align: center; font-size: ${SIZES.signature}pt; font-weight: bold; line-height: 1.25; }
.signature .space { height: 30mm; }
.appendix { break-before: page; }
`;
}

function frame(model: ReportModel): string {
  const h = model.header;
  const leftPt = HEADER_LEFT_MM * MM_TO_PT;
  const issuer = balancedLines(h.issuingBody.toUpperCase(), SIZES.issuingBody, true, leftPt);
  const ruleWidth = 0.4 * Math.max(...issuer.map((line) => textWidthPt(line, SIZES.issuingBody, true)));
  const parent = balancedLines(h.parentBody, SIZES.parentBody, false, leftPt);
  const lines = (items: string[]): string => items.map(escapeHtml).join('<br>');
  return `<table class="frame"><colgroup><col class="left"><col></colgroup>
<tr><td><div class="parent">${lines(parent)}</div><div class="issuer">${lines(issuer)}</div><div class="rule" style="width:${ruleWidth.toFixed(1)}pt"></div></td>
<td><div class="national">${escapeHtml(QUOC_HIEU)}</div><div class="motto">${escapeHtml(TIEU_NGU)}</div></td></tr>
<tr class="number"><td><div class="number-line">${escapeHtml(h.number)}</div></td><td><div class="date-line">${escapeHtml(dateLine(h.place, h.date))}</div></td></tr>
</table>
<p class="type">${escapeHtml(h.documentType.toUpperCase())}</p>
<p class="summary">${escapeHtml(h.summary)}</p>
<div class="rule summary-rule" style="width:${Math.min(textWidthPt(h.summary, SIZES.summary, true) / 3, 120).toFixed(1)}pt"></div>`;
}

/** A table with its caption and note; the column widths as in the DOCX, over the text width. */
export function tableHtml(t: ReportTable, widthsMm?: number[]): string {
  const widths = widthsMm ?? columnWidthsMm(t, TEXT_WIDTH_MM);
  const cols = widths.map((mm) => `<col style="width:${((mm / TEXT_WIDTH_MM) * 100).toFixed(2)}%">`).join('');
  const head = t.columns.map((c) => `<th>${escapeHtml(c.label)}</th>`).join('');
  const rows = t.rows
    .map(
      (row) =>
        `<tr>${t.columns.map((c, i) => `<td${isNumeric(c.format) ? ' class="num"' : ''}>${escapeHtml(formatCell(row[i], c.format))}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const caption = t.title ? `<caption>${escapeHtml(t.title)}</caption>` : '';
  const note = t.note ? `<p class="table-note">${escapeHtml(t.note)}</p>` : '';
  return `<table class="data">${caption}<colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>${note}`;
}

const section = (s: ReportSection): string =>
  [`<h2>${escapeHtml(s.title)}</h2>`, ...s.paragraphs.map((p) => `<p class="body">${escapeHtml(p)}</p>`), ...s.tables.map((t) => tableHtml(t))].join('\n');

function closing(model: ReportModel): string {
  const { authority, title, name } = model.signature;
  const top = [authority, title].filter((line) => line.trim() !== '').map((line) => escapeHtml(line.toUpperCase()));
  const list = model.recipients.map((r) => `<div>- ${escapeHtml(r.replace(/^-\s*/, ''))}</div>`).join('');
  const recipients = model.recipients.length ? `<div class="recipients-label">Nơi nhận:</div><div class="recipients-list">${list}</div>` : '';
  return `<table class="closing"><colgroup><col class="recipients"><col></colgroup><tr>
<td>${recipients}</td><td class="signature">${top.join('<br>')}<div class="space"></div>${escapeHtml(name)}</td></tr></table>`;
}

function appendix(model: ReportModel): string {
  if (!model.sources.length) return '';
  const { table: sources, widthsMm } = sourcesTable(model.sources, TEXT_WIDTH_MM);
  const table = tableHtml(sources, widthsMm);
  return `<section class="appendix"><p class="type">PHỤ LỤC</p><p class="summary" style="margin-bottom:9pt">Nguồn số liệu</p>${table}</section>`;
}

export function reportHtml(model: ReportModel): string {
  const h = model.header;
  const notice = model.simulatedNotice ? `<p class="notice">${escapeHtml(model.simulatedNotice)}</p>` : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(`${h.documentType} ${h.summary}`)}</title><style>${css(model)}</style></head>
<body>
${frame(model)}
${notice}
${model.introduction.map((p) => `<p class="body">${escapeHtml(p)}</p>`).join('\n')}
${[...model.sections, ...model.closing].map(section).join('\n')}
${closing(model)}
${appendix(model)}
</body></html>
`;
}
