/**
 * The DOCX's end: "Nơi nhận:" (12 pt bold italic, its list 11 pt) on the left and the signature block on the
 * right (authority and title bold capitals, the space for the hand and seal, the name bold) in one table
 * without borders, as NĐ 30/2020 places them; then the sources appendix on a page of its own.
 */
import { AlignmentType, PageBreak, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import { sourcesTable } from '../cells.ts';
import { SIZES, TEXT_WIDTH_MM, mmToTwips } from '../layout.ts';
import type { ReportModel } from '../model.ts';
import { reportTable } from './body.ts';
import { centredLines, run } from './text.ts';

const LEFT_MM = 80;
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

const cell = (widthMm: number, children: Paragraph[]): TableCell =>
  new TableCell({ width: { size: mmToTwips(widthMm), type: WidthType.DXA }, margins: NO_MARGINS, borders: TableBorders.NONE, children });

function recipients(model: ReportModel): Paragraph[] {
  if (!model.recipients.length) return [new Paragraph({ children: [] })];
  return [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('Nơi nhận:', { size: SIZES.recipientsLabel, bold: true, italics: true })] }),
    ...model.recipients.map(
      (r) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(`- ${r.replace(/^-\s*/, '')}`, { size: SIZES.recipients })] }),
    ),
  ];
}

function signature(model: ReportModel): Paragraph[] {
  const { authority, title, name } = model.signature;
  const top = [authority, title].filter((line) => line.trim() !== '').map((line) => line.toUpperCase());
  const out = [centredLines(top, { size: SIZES.signature, bold: true })];
  // The space for the signature and the seal (about 3 cm).
  for (let i = 0; i < 4; i++) out.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('', { size: SIZES.signature })] }));
  if (name.trim()) out.push(centredLines([name], { size: SIZES.signature, bold: true }));
  return out;
}

export function closingBlock(model: ReportModel): FileChild[] {
  const rightMm = TEXT_WIDTH_MM - LEFT_MM;
  return [
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: mmToTwips(TEXT_WIDTH_MM), type: WidthType.DXA },
      columnWidths: [mmToTwips(LEFT_MM), mmToTwips(rightMm)],
      borders: TableBorders.NONE,
      rows: [new TableRow({ cantSplit: true, children: [cell(LEFT_MM, recipients(model)), cell(rightMm, signature(model))] })],
    }),
  ];
}

export function sourcesAppendix(model: ReportModel): FileChild[] {
  if (!model.sources.length) return [];
  const appendix = sourcesTable(model.sources, TEXT_WIDTH_MM);
  return [
    new Paragraph({ children: [new PageBreak()] }),
    centredLines(['PHỤ LỤC'], { size: SIZES.documentType, bold: true }),
    centredLines(['Nguồn số liệu'], { size: SIZES.summary, bold: true }, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 } }),
    ...reportTable(appendix.table, appendix.widthsMm),
  ];
}
