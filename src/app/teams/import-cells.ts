/**
 * A team spreadsheet's cells as the registry's fields: text, dates written the Vietnamese way ("21/3/2022") or as
 * ISO or as an Excel date, a phone stored as a number (the leading 0 lost: 912345678), the level and role in the
 * communes' words ("Xã", "Thôn"; "Tổ trưởng", "Tổ phó", "Thành viên").
 */
import { MEMBER_ROLE_WORDS, TEAM_LEVEL_WORDS, type MemberRole, type TeamLevel } from '../../domain/community-teams.ts';
import { foldVietnamese } from '../../domain/text.ts';
import type { RawCell } from '../imports/types.ts';
import { cellString } from '../imports/sheet-cells.ts';

export { cellDate, cellString } from '../imports/sheet-cells.ts';

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
