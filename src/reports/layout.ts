/**
 * The page and type of a report under Nghị định 30/2020/NĐ-CP, Phụ lục I, in one place for every renderer: A4,
 * margins (top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm), Times New Roman and each part's size in points
 * (quốc hiệu 13 bold, tiêu ngữ 14 bold, body 14 justified with a first-line indent, "Nơi nhận:" 12 bold italic,
 * its list 11), the header's two columns, and the date line ("Đắk Nông, ngày 05 tháng 02 năm 2022": days under
 * 10 and months 1–2 take a leading zero).
 */

export const A4_MM = { width: 210, height: 297 } as const;
/** A4 in twips (1/1440 in), as Word writes w:pgSz. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const FONT_FAMILY = 'Times New Roman';
/** Metric-compatible fallbacks where Times is absent: Tinos, then Liberation Serif (2.x has the Vietnamese letters; 1.07 does not). */
export const FONT_STACK_CSS = `'Times New Roman', Tinos, 'Liberation Serif', serif`;

/** Sizes in points. */
export const SIZES = {
  parentBody: 13,
  issuingBody: 13,
  nationalTitle: 13,
  motto: 14,
  number: 13,
  dateLine: 14,
  documentType: 14,
  summary: 14,
  heading: 14,
  body: 14,
  table: 12,
  signature: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
  notice: 12,
} as const;

/** First-line indent of body paragraphs (1–1.27 cm) and the space after them (≥ 6 pt). */
export const BODY_INDENT_MM = 12.7;
export const PARAGRAPH_AFTER_PT = 6;
/** Width of the header's left column (issuer, number) in mm; the right one (101 mm) holds the 13 pt quốc hiệu on one line. */
export const HEADER_LEFT_MM = 64;
export const TEXT_WIDTH_MM = A4_MM.width - MARGINS_MM.left - MARGINS_MM.right;

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** "Đắk Nông, ngày 15 tháng 12 năm 2022" from the place and an ISO date. */
export function dateLine(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`Ngày báo cáo không hợp lệ: "${isoDate}" / invalid report date`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const monthText = month < 3 ? twoDigits(month) : String(month);
  return `${place}, ngày ${twoDigits(day)} tháng ${monthText} năm ${year}`;
}

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
