/**
 * A team spreadsheet's cells as the registry's fields: text, dates written the Vietnamese way ("21/3/2022") or as
 * ISO or as an Excel date, a phone stored as a number (the leading 0 lost: 912345678), the level and role in the
 * communes' words ("Xã", "Thôn"; "Tổ trưởng", "Tổ phó", "Thành viên").
 */
import { MEMBER_ROLE_WORDS, TEAM_LEVEL_WORDS, type MemberRole, type TeamLevel } from '../../domain/community-teams.ts';
import { foldVietnamese } from '../../domain/text.ts';
import type { RawCell } from '../imports/types.ts';

export function cellString(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object') return String(cell.percent);
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/** 'YYYY-MM-DD' from ISO text, d/m/yyyy (also with - or .), or an Excel serial day; the text itself when none fits (the validator names it). */
export function cellDate(cell: RawCell | undefined): string | null {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 20000 && cell < 80000) {
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellString(cell);
  if (text === null) return null;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vn) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  return text;
}

export function cellPhone(cell: RawCell | undefined): string | null {
  if (typeof cell === 'number' && Number.isInteger(cell)) {
    const digits = String(cell);
    return digits.length >= 8 && digits.length <= 10 ? `0${digits}` : digits;
  }
  return cellString(cell);
}

export function cellLevel(cell: RawCell | undefined): TeamLevel | string | null {
  const text = cellString(cell);
  return text === null ? null : (TEAM_LEVEL_WORDS[foldVietnamese(text)] ?? text);
}

export function cellRole(cell: RawCell | undefined): MemberRole | string | null {
  const text = cellString(cell);
  return text === null ? null : (MEMBER_ROLE_WORDS[foldVietnamese(text)] ?? text);
}
