/**
 * A generated report as data, before any format: what app/reports/ builds from the store (the one analytics
 * query, plan status, follow-ups, coverage, published score runs, evidence) and what every renderer in
 * src/reports/ (Markdown, DOCX under NĐ 30/2020, XLSX, PDF) lays out. Sentences arrive already worded and
 * formatted vi-VN; table cells stay raw numbers with a column format, so a spreadsheet gets numbers, not text.
 */

/** The document's frame under Nghị định 30/2020/NĐ-CP, Phụ lục I. */
export interface ReportHeader {
  /** The body above the issuer, not bold ("UBND TỈNH ĐẮK NÔNG"). */
  parentBody: string;
  /** The issuer, in capitals, bold ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"). */
  issuingBody: string;
  /** The number line as printed, its number left blank for the văn thư ("Số:      /BC-STTTT"). */
  number: string;
  /** The place of the date line ("Đắk Nông"). */
  place: string;
  /** The day the report is dated, ISO (the date line reads "Đắk Nông, ngày 15 tháng 12 năm 2022"). */
  date: string;
  /** "BÁO CÁO". */
  documentType: string;
  /** The summary under the type ("Kết quả thực hiện chuyển đổi số năm 2022"). */
  summary: string;
}

export interface ReportSignature {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC" or empty. */
  authority: string;
  /** "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC". */
  title: string;
  /** The signer's name; empty leaves the space for a hand. */
  name: string;
}

/** A column's format: numbers stay numbers in XLSX; DOCX and Markdown print them vi-VN. */
export type ReportColumnFormat = { kind: 'text' } | { kind: 'number'; decimals: number } | { kind: 'percent'; decimals: number };

export interface ReportTable {
  title: string;
  columns: { label: string; format: ReportColumnFormat }[];
  /** One entry per column; a percent is stored as its figure (93.75 for 93,75%), null prints as "—". */
  rows: (string | number | null)[][];
  note?: string;
}

/** One of the seeds' groups (nhận thức số, thể chế số, hạ tầng số, nhân lực số, chính quyền số, kinh tế số, xã hội số). */
export interface ReportSection {
  key: string;
  /** The heading as printed ("3. Hạ tầng số"). */
  title: string;
  /** Worded sentences, grouped in paragraphs, numbers already formatted. */
  paragraphs: string[];
  tables: ReportTable[];
}

export interface ReportSource {
  /** What the source backs ("KN_CAP_QUANG_XA, 2022"). */
  subject: string;
  /** The citation as printed: a document's number, date and issuer, a link, or a file's name. */
  citation: string;
}

export interface ReportModel {
  header: ReportHeader;
  /** The opening paragraph(s) before the sections. */
  introduction: string[];
  sections: ReportSection[];
  /** Closing parts after the sections (lagging indicators with explanations and directives, coverage, proposals). */
  closing: ReportSection[];
  signature: ReportSignature;
  /** "Nơi nhận:" entries, the last one "Lưu: VT, …". */
  recipients: string[];
  /** Phụ lục: nguồn số liệu. */
  sources: ReportSource[];
  /** Set when any figure behind it is simulated demo data; printed on the report. */
  simulatedNotice?: string;
}
