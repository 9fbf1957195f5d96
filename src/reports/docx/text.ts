/**
 * The DOCX renderer's small builders: sizes in points to the half-points Word counts, a run, a paragraph of
 * lines, and a rule drawn as a paragraph border (never dashes).
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';

export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

export const run = (text: string, style: RunStyle): TextRun =>
  new TextRun({ text, size: halfPoints(style.size), bold: style.bold ?? false, italics: style.italics ?? false });

/** A centred paragraph, tight (no space after), of one line per entry. */
export function centredLines(lines: string[], style: RunStyle, options: Partial<IParagraphOptions> = {}): Paragraph {
  const children = lines.flatMap((line, i) => (i === 0 ? [run(line, style)] : [new TextRun({ break: 1 }), run(line, style)]));
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...options, children });
}

/**
 * A solid line `lengthPt` long centred in a column `columnPt` wide: an empty paragraph one point high whose top
 * border is the line (3 pt under the text above), indented so the border spans exactly that length.
 */
export function ruleParagraph(lengthPt: number, columnPt: number): Paragraph {
  const side = Math.max(0, ptToTwips((columnPt - lengthPt) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 60, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}
