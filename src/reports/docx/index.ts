/**
 * The report as a DOCX laid out under Nghị định 30/2020/NĐ-CP, Phụ lục I, with the docx library (no XML by
 * hand): A4 portrait (11906 × 16838 twips), margins 20/20/30/15 mm, Times New Roman, the two-column header
 * (header.ts), the body (body.ts), "Nơi nhận:" and the signature (closing.ts), the sources appendix, the page
 * number centred at the top from page 2 (a different first page, a header holding the PAGE field) and, when
 * any figure is simulated, the notice in every page's footer and under the title.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { A4_TWIPS, FONT_FAMILY, MARGINS_MM, SIZES, mmToTwips } from '../layout.ts';
import type { ReportModel } from '../model.ts';
import { bodyParagraph, sectionContent } from './body.ts';
import { closingBlock, sourcesAppendix } from './closing.ts';
import { headerTable, titleParagraphs } from './header.ts';
import { halfPoints } from './text.ts';

function noticeParagraph(text: string, boxed: boolean): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 6, color: 'C00000', space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: boxed ? 160 : 0 },
    ...(boxed ? { border: { top: line, bottom: line, left: line, right: line } } : {}),
    children: [new TextRun({ text, size: halfPoints(boxed ? SIZES.notice : SIZES.notice - 3), italics: true, bold: boxed, color: 'C00000' })],
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZES.pageNumber) })] }),
    ],
  });
}

export async function reportDocx(model: ReportModel): Promise<Buffer> {
  const children: FileChild[] = [headerTable(model.header), ...titleParagraphs(model.header)];
  if (model.simulatedNotice) children.push(noticeParagraph(model.simulatedNotice, true));
  children.push(...model.introduction.map(bodyParagraph));
  for (const s of [...model.sections, ...model.closing]) children.push(...sectionContent(s));
  children.push(...closingBlock(model), ...sourcesAppendix(model));
  const footer = (): Footer => new Footer({ children: model.simulatedNotice ? [noticeParagraph(model.simulatedNotice, false)] : [] });
  const document = new Document({
    creator: model.header.issuingBody,
    title: `${model.header.documentType} ${model.header.summary}`,
    styles: {
      default: {
        document: { run: { font: FONT_FAMILY, size: halfPoints(SIZES.body) }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
            margin: {
              top: mmToTwips(MARGINS_MM.top),
              bottom: mmToTwips(MARGINS_MM.bottom),
              left: mmToTwips(MARGINS_MM.left),
              right: mmToTwips(MARGINS_MM.right),
              header: mmToTwips(10),
              footer: mmToTwips(8),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        footers: { default: footer(), first: footer() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
