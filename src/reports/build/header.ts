/**
 * The frame of the progress report under Nghị định 30/2020/NĐ-CP, Phụ lục I: the parent body ("UBND TỈNH ĐẮK
 * NÔNG"), the issuer — the Sở in charge of chuyển đổi số on the document's date: Sở Thông tin và Truyền thông until
 * it merged into Sở Khoa học và Công nghệ on 1/3/2025, that Sở after —, the number line with its number left blank
 * for the văn thư, place and date, "BÁO CÁO" and its summary; the signature block (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, the
 * name left for a hand) and "Nơi nhận:" ending with "Lưu: VT, …".
 */
import { periodLabel } from '../../domain/periods.ts';
import type { ReportHeader, ReportSignature } from '../model.ts';

/** The day the Sở Thông tin và Truyền thông went into the Sở Khoa học và Công nghệ (Nghị quyết 176/2025/QH15 and the provinces' decisions). */
export const SKHCN_FROM = '2025-03-01';

export interface Issuer {
  name: string;
  /** The abbreviation after "BC-" and in "Lưu: VT, …". */
  short: string;
}

export function issuerOn(date: string): Issuer {
  return date >= SKHCN_FROM ? { name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', short: 'SKHCN' } : { name: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', short: 'STTTT' };
}

/** "UBND TỈNH ĐẮK NÔNG", "UBND THÀNH PHỐ ĐÀ NẴNG"; the national level has no parent body here. */
export function parentBodyOf(unit: { name: string; type: string; level: string }): string {
  const kind = unit.type === 'city' || unit.type === 'municipality' ? 'THÀNH PHỐ' : unit.level === 'province' ? 'TỈNH' : '';
  return `UBND ${kind ? `${kind} ` : ''}${unit.name.toLocaleUpperCase('vi-VN')}`;
}

/** "năm 2022", "6 tháng đầu năm 2023": the period as the summary line reads it. */
export function periodPhrase(period: string): string {
  const label = periodLabel(period, 'vi');
  return label.charAt(0).toLocaleLowerCase('vi-VN') + label.slice(1);
}

/**
 * "Kết quả thực hiện <plan> <period>", the plan's name without a closing aside in brackets, the period left out
 * when the name already says it ("Kế hoạch chuyển đổi số năm 2022 tỉnh Đắk Nông" for 2022, not "… năm 2022").
 */
export function summaryOf(planName: string, period: string): string {
  const name = planName.replace(/\s*\([^()]*\)\s*$/, '');
  const phrase = periodPhrase(period);
  return `Kết quả thực hiện ${name}${name.includes(phrase) ? '' : ` ${phrase}`}`;
}

export function reportHeader(input: { unit: { name: string; type: string; level: string }; planName: string; period: string; date: string }): ReportHeader {
  const issuer = issuerOn(input.date);
  return {
    parentBody: parentBodyOf(input.unit),
    issuingBody: issuer.name,
    number: `Số:      /BC-${issuer.short}`,
    place: input.unit.name,
    date: input.date,
    documentType: 'BÁO CÁO',
    summary: summaryOf(input.planName, input.period),
  };
}

export function reportSignature(): ReportSignature {
  return { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' };
}

export function reportRecipients(unit: { name: string }, date: string): string[] {
  const issuer = issuerOn(date);
  return [
    `UBND tỉnh ${unit.name} (b/c);`,
    `Ban Chỉ đạo chuyển đổi số tỉnh (b/c);`,
    `Giám đốc Sở (b/c);`,
    `Các sở, ban, ngành, UBND các huyện, thành phố;`,
    `Lưu: VT, ${issuer.short}.`,
  ];
}
