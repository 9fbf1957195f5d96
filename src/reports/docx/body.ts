/**
 * The DOCX body: headings (bold, 14 pt), paragraphs (14 pt, justified, first-line indent 1,27 cm, 6 pt after,
 * 1.15 lines) and the tables (bordered, a bold repeated header row, 12 pt, numbers vi-VN and right-aligned).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import { columnWidthsMm, formatCell, isNumeric } from '../cells.ts';
import { BODY_INDENT_MM, PARAGRAPH_AFTER_PT, SIZES, TEXT_WIDTH_MM, mmToTwips } from '../layout.ts';
import type { ReportSection, ReportTable } from '../model.ts';
import { ptToTwips, run } from './text.ts';

const LINE_115 = { line: 276, lineRule: LineRuleType.AUTO };

export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwips(BODY_INDENT_MM) },
    spacing: { before: 0, after: ptToTwips(PARAGRAPH_AFTER_PT), ...LINE_115 },
    children: [run(text, { size: SIZES.body })],
  });
}

export function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwips(BODY_INDENT_MM) },
    keepNext: true,
    spacing: { before: ptToTwips(6), after: ptToTwips(PARAGRAPH_AFTER_PT), ...LINE_115 },
    children: [run(text, { size: SIZES.heading, bold: true })],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function tableCell(text: string, widthMm: number, align: (typeof AlignmentType)[keyof typeof AlignmentType], bold: boolean): TableCell {
  return new TableCell({
    width: { size: mmToTwips(widthMm), type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ alignment: align, spacing: { before: 0, after: 0 }, children: [run(text, { size: SIZES.table, bold })] })],
  });
}

/** A table under its title, `widthsMm` overriding the default column widths. */
export function reportTable(t: ReportTable, widthsMm?: number[]): FileChild[] {
  const widths = widthsMm ?? columnWidthsMm(t, TEXT_WIDTH_MM);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => tableCell(c.label, widths[i]!, AlignmentType.CENTER, true)),
  });
  const rows = t.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: t.columns.map((c, i) =>
          tableCell(formatCell(row[i], c.format), widths[i]!, isNumeric(c.format) ? AlignmentType.RIGHT : AlignmentType.LEFT, false),
        ),
      }),
  );
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: ptToTwips(6), after: ptToTwips(4) },
    children: [run(t.title, { size: SIZES.table + 1, bold: true })],
  });
  const out: FileChild[] = [
    ...(t.title ? [title] : []),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: mmToTwips(TEXT_WIDTH_MM), type: WidthType.DXA },
      columnWidths: widths.map(mmToTwips),
      borders: GRID,
      rows: [headerRow, ...rows],
    }),
  ];
  out.push(
    new Paragraph({
      spacing: { before: ptToTwips(3), after: ptToTwips(PARAGRAPH_AFTER_PT) },
      children: t.note ? [run(t.note, { size: SIZES.table, italics: true })] : [],
    }),
  );
  return out;
}

export function sectionContent(s: ReportSection): FileChild[] {
  return [heading(s.title), ...s.paragraphs.map(bodyParagraph), ...s.tables.flatMap((t) => reportTable(t))];
}
