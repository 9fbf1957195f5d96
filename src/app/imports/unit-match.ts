/**
 * Which unit a data row is about: by code (exact, or without the leading zeros a spreadsheet drops
 * from "00001"), else by name without accents ("xa quang khe" finds "Xã Quảng Khê", with or without
 * the "Xã"/"Phường" prefix). Codes win. An unknown code or an unknown or ambiguous name is an error;
 * a total row ("Tổng cộng", "Toàn tỉnh") is recognised so it can be skipped.
 */
import { foldVietnamese } from '../../domain/text.ts';
import type { ImportUnit } from './types.ts';

export type UnitResolution = { kind: 'unit'; unit: ImportUnit } | { kind: 'total'; label: string } | { kind: 'blank' } | { kind: 'error'; message: string };

const PREFIXES = /^(ubnd |uy ban nhan dan )?(xa|phuong|thi tran|dac khu|tinh|thanh pho|tp|huyen|quan|thi xa|so|ban|thon|bon|buon|to dan pho|to) /;
const TOTAL = /^(tong cong|tong so|tong|cong|toan tinh|toan huyen|toan thanh pho|toan tp|ca tinh|ca nuoc|total|grand total)( |$)/;
const TOTAL_ACCENTED = /^(tổng|cộng|toàn tỉnh|toàn huyện|toàn thành phố|cả tỉnh|cả nước|total)/i;

function fold(text: string): string {
  return foldVietnamese(text.replace(/[.,;:()[\]_\-–—]+/g, ' '));
}

export class UnitMatcher {
  private readonly byCode = new Map<string, ImportUnit>();
  private readonly byBareCode = new Map<string, ImportUnit[]>();
  private readonly byName = new Map<string, ImportUnit[]>();
  private readonly byShortName = new Map<string, ImportUnit[]>();

  constructor(units: readonly ImportUnit[]) {
    for (const unit of units) {
      this.byCode.set(unit.code, unit);
      push(this.byBareCode, unit.code.replace(/^0+(?=\d)/, ''), unit);
      const name = fold(unit.name);
      push(this.byName, name, unit);
      push(this.byShortName, name.replace(PREFIXES, ''), unit);
    }
  }

  resolve(codeText: string, nameText: string): UnitResolution {
    if (codeText !== '') {
      const unit = this.byCode.get(codeText) ?? single(this.byBareCode.get(codeText.replace(/^0+(?=\d)/, '')));
      if (unit) return { kind: 'unit', unit };
      if (isTotal(codeText) && !this.resolvesByName(codeText)) return { kind: 'total', label: codeText };
      if (nameText === '' && this.resolvesByName(codeText)) return this.byNameOf(codeText);
      if (isTotal(nameText) && !/\d/.test(codeText)) return { kind: 'total', label: nameText };
      return { kind: 'error', message: `Mã đơn vị "${codeText}" không thuộc bộ dữ liệu này / unit code not in this dataset` };
    }
    if (nameText === '') return { kind: 'blank' };
    const byName = this.byNameOf(nameText);
    if (byName.kind === 'error' && isTotal(nameText)) return { kind: 'total', label: nameText };
    return byName;
  }

  private resolvesByName(text: string): boolean {
    return this.byNameOf(text).kind === 'unit';
  }

  private byNameOf(text: string): UnitResolution {
    const folded = fold(text);
    const found = this.byName.get(folded) ?? this.byShortName.get(folded.replace(PREFIXES, ''));
    if (!found || found.length === 0) {
      return { kind: 'error', message: `Không tìm thấy đơn vị tên "${text}" trong bộ dữ liệu / no unit of this dataset has this name` };
    }
    if (found.length > 1) {
      const codes = found.map((u) => `${u.code} ${u.name}`).join('; ');
      return { kind: 'error', message: `Tên đơn vị "${text}" trùng với nhiều đơn vị (${codes}); ghi mã đơn vị / ambiguous unit name, give the code` };
    }
    return { kind: 'unit', unit: found[0] as ImportUnit };
  }
}

/** "Tổng cộng", "Toàn tỉnh", "TOTAL": a row that sums the others. */
export function isTotal(text: string): boolean {
  const trimmed = text.trim();
  // Unaccented "Tong cong" too, but not "Tòng Đậu" (a commune): the folded test only for ASCII text.
  return TOTAL_ACCENTED.test(trimmed) || (/^[\x20-\x7e]*$/.test(trimmed) && TOTAL.test(fold(trimmed)));
}

function push(map: Map<string, ImportUnit[]>, key: string, unit: ImportUnit): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(unit)) list.push(unit);
  } else map.set(key, [unit]);
}

function single(list: ImportUnit[] | undefined): ImportUnit | undefined {
  return list?.length === 1 ? list[0] : undefined;
}
