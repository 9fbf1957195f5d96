/**
 * The NĐ 30/2020 header of the DOCX: a two-column table without borders. Left: the parent body (not bold), the
 * issuer in capitals bold with a short rule under it (two fifths of its line), then "Số: …". Right: the quốc hiệu
 * (13 pt bold capitals), the tiêu ngữ (14 pt bold, not italic) with a rule exactly as long as its text, then the
 * italic place and date on the same row as the number.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type TableVerticalAlign,
} from 'docx';
import { HEADER_LEFT_MM, QUOC_HIEU, SIZES, TEXT_WIDTH_MM, TIEU_NGU, dateLine, mmToTwips } from '../layout.ts';
import type { ReportHeader } from '../model.ts';
import { balancedLines, textWidthPt } from '../text-width.ts';
import { centredLines, ruleParagraph } from './text.ts';

const MM_TO_PT = 72 / 25.4;
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function cell(widthMm: number, children: Paragraph[], verticalAlign: TableVerticalAlign = VerticalAlignTable.TOP): TableCell {
  return new TableCell({
    width: { size: mmToTwips(widthMm), type: WidthType.DXA },
    margins: NO_MARGINS,
    borders: TableBorders.NONE,
    verticalAlign,
    children,
  });
}

export function headerTable(header: ReportHeader): Table {
  const leftMm = HEADER_LEFT_MM;
  const rightMm = TEXT_WIDTH_MM - HEADER_LEFT_MM;
  const leftPt = leftMm * MM_TO_PT;
  const rightPt = rightMm * MM_TO_PT;
  const issuer = balancedLines(header.issuingBody.toUpperCase(), SIZES.issuingBody, true, leftPt);
  const issuerWidest = Math.max(...issuer.map((line) => textWidthPt(line, SIZES.issuingBody, true)));
  const left = [
    centredLines(balancedLines(header.parentBody, SIZES.parentBody, false, leftPt), { size: SIZES.parentBody }),
    centredLines(issuer, { size: SIZES.issuingBody, bold: true }),
    ruleParagraph(issuerWidest * 0.4, leftPt),
  ];
  const right = [
    centredLines([QUOC_HIEU], { size: SIZES.nationalTitle, bold: true }),
    centredLines([TIEU_NGU], { size: SIZES.motto, bold: true, italics: false }),
    ruleParagraph(textWidthPt(TIEU_NGU, SIZES.motto, true), rightPt),
  ];
  const spaced = { spacing: { before: 120, after: 0 } };
  const numberRow = [
    cell(leftMm, [centredLines([header.number], { size: SIZES.number }, spaced)], VerticalAlignTable.BOTTOM),
    cell(rightMm, [centredLines([dateLine(header.place, header.date)], { size: SIZES.dateLine, italics: true }, spaced)], VerticalAlignTable.BOTTOM),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwips(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [mmToTwips(leftMm), mmToTwips(rightMm)],
    borders: TableBorders.NONE,
    alignment: AlignmentType.CENTER,
    rows: [new TableRow({ children: [cell(leftMm, left), cell(rightMm, right)] }), new TableRow({ children: numberRow })],
  });
}

/** The document type ("BÁO CÁO") and its summary, centred bold under the header. */
export function titleParagraphs(header: ReportHeader): Paragraph[] {
  return [
    centredLines([header.documentType.toUpperCase()], { size: SIZES.documentType, bold: true }, { spacing: { before: 360, after: 0 } }),
    centredLines([header.summary], { size: SIZES.summary, bold: true }, { spacing: { before: 0, after: 0 } }),
    ruleParagraph(Math.min(textWidthPt(header.summary, SIZES.summary, true) / 3, 120), TEXT_WIDTH_MM * MM_TO_PT),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}
