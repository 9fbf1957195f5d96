/**
 * An administrator's unit event (what happened to a unit on a date, and under which decision): rename,
 * reclassify (a new type, or level), recode, merge, split with shares, abolish (the end of a unit). This file
 * has the input's shape and the checks that need no database — a real date, a legal basis, the fields each kind
 * needs, names that start with a type of the level, shares in (0, 1] that sum to 1 — each problem named by its
 * field. The checks against the tree (an unknown code, a date before the unit exists) are the use case's
 * (app/units/events/); the versions and links an event writes are a UnitPlan (units-plan.ts).
 */
import { isCalendarDate } from './dates.ts';
import { parseTypedName, type NamedLevel } from './units-naming.ts';
import type { ValidationProblem } from './metadata.ts';
import type { LineageKind, UnitLevel } from './units.ts';

/** The kinds an administrator may enter ('create' stays the packages' own). */
export const UNIT_EVENT_KINDS = ['rename', 'reclassify', 'recode', 'merge', 'split', 'abolish'] as const satisfies readonly LineageKind[];
export type UnitEventKind = (typeof UNIT_EVENT_KINDS)[number];

/** A unit an event makes: its code, its full name with the type ("Xã Tân Hà") and, optionally, its parent. */
export interface NewUnitInput {
  code: string;
  fullName: string;
  parentCode?: string;
  /** split only: the share of the old unit that goes to this part (0..1, the parts summing to 1). */
  share?: number;
}

export interface UnitEventInput {
  kind: UnitEventKind;
  /** The unit the event is about (merge: give `codes` instead). */
  code?: string;
  /** When one code names units at two levels on the date. */
  level?: UnitLevel;
  /** First day of the new state, YYYY-MM-DD. */
  date: string;
  /** The decision: "Nghị quyết 1314/NQ-UBTVQH15 ngày 30/11/2024". */
  legalBasis: string;
  note?: string;
  /** rename, reclassify: the new full name ("Thành phố Huế"). */
  fullName?: string;
  /** reclassify: a new level (the type comes from the name's prefix at that level). */
  newLevel?: UnitLevel;
  /** rename, reclassify: the name the unit had before the date when the stored version already has the new one. */
  previousFullName?: string;
  /** recode: the new code. */
  newCode?: string;
  /** merge: the units merged (at least two). */
  codes?: string[];
  /** merge: the unit they form (one of `codes` or a new code). */
  into?: NewUnitInput;
  /** split: the parts (at least two). */
  parts?: NewUnitInput[];
}

const NAMED: readonly string[] = ['province', 'district', 'commune'];
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const SHARE_TOLERANCE = 1e-6;

/** The type a full name gives at a level ('Thành phố Huế', province → municipality), or a problem. */
export function typeOfName(fullName: string, level: UnitLevel): { type: string; name: string; fullName: string } | string {
  if (!NAMED.includes(level)) return `cấp ${level} không có tên theo loại đơn vị / level ${level} has no typed names`;
  try {
    return parseTypedName(fullName, level as NamedLevel);
  } catch (error) {
    return (error as Error).message;
  }
}

function checkCode(problems: ValidationProblem[], value: unknown, path: string): void {
  if (typeof value !== 'string' || !CODE.test(value)) problems.push({ path, message: 'Cần một mã đơn vị (chữ, số, . _ -) / a unit code is required' });
}

function checkName(problems: ValidationProblem[], value: unknown, path: string): void {
  if (typeof value !== 'string' || !value.trim())
    problems.push({ path, message: 'Cần tên đầy đủ kèm loại đơn vị ("Xã Tân Hà") / a full name with its type is required' });
}

function checkNewUnits(problems: ValidationProblem[], units: NewUnitInput[], path: string, withShares: boolean): void {
  units.forEach((u, i) => {
    checkCode(problems, u.code, `${path}[${i}].code`);
    checkName(problems, u.fullName, `${path}[${i}].fullName`);
    if (u.parentCode !== undefined) checkCode(problems, u.parentCode, `${path}[${i}].parentCode`);
    if (withShares && (typeof u.share !== 'number' || !(u.share > 0 && u.share <= 1)))
      problems.push({ path: `${path}[${i}].share`, message: 'Cần tỷ lệ trong khoảng (0; 1] / a share in (0, 1] is required' });
  });
  const seen = new Set<string>();
  units.forEach((u, i) => {
    if (seen.has(u.code)) problems.push({ path: `${path}[${i}].code`, message: `Mã ${u.code} lặp lại / code repeated` });
    seen.add(u.code);
  });
}

/** Every problem of the input that needs no database; empty when it may be applied. */
export function checkUnitEventInput(input: UnitEventInput): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!UNIT_EVENT_KINDS.includes(input.kind)) problems.push({ path: 'kind', message: `Loại sự kiện không hợp lệ (${UNIT_EVENT_KINDS.join(', ')})` });
  if (typeof input.date !== 'string' || !isCalendarDate(input.date))
    problems.push({ path: 'date', message: 'Cần ngày có thật dạng YYYY-MM-DD / a real date is required' });
  if (typeof input.legalBasis !== 'string' || input.legalBasis.trim().length < 3)
    problems.push({ path: 'legalBasis', message: 'Cần căn cứ pháp lý (số, ký hiệu văn bản) / the legal basis is required' });
  if (input.kind !== 'merge') checkCode(problems, input.code, 'code');
  switch (input.kind) {
    case 'rename':
    case 'reclassify':
      checkName(problems, input.fullName, 'fullName');
      if (input.previousFullName !== undefined) checkName(problems, input.previousFullName, 'previousFullName');
      break;
    case 'recode':
      checkCode(problems, input.newCode, 'newCode');
      if (input.newCode === input.code) problems.push({ path: 'newCode', message: 'Mã mới trùng mã cũ / the new code is the old one' });
      break;
    case 'merge': {
      const codes = input.codes ?? [];
      if (codes.length < 2) problems.push({ path: 'codes', message: 'Cần ít nhất hai đơn vị được hợp nhất / at least two units are merged' });
      codes.forEach((c, i) => checkCode(problems, c, `codes[${i}]`));
      if (new Set(codes).size !== codes.length) problems.push({ path: 'codes', message: 'Một mã được nêu hai lần / a code is given twice' });
      if (!input.into) problems.push({ path: 'into', message: 'Cần đơn vị sau hợp nhất / the merged unit is required' });
      else checkNewUnits(problems, [input.into], 'into', false);
      for (const p of problems) if (p.path.startsWith('into[0].')) p.path = p.path.replace('into[0].', 'into.');
      break;
    }
    case 'split': {
      const parts = input.parts ?? [];
      if (parts.length < 2) problems.push({ path: 'parts', message: 'Cần ít nhất hai đơn vị sau chia tách / at least two parts' });
      checkNewUnits(problems, parts, 'parts', true);
      const sum = parts.reduce((s, p) => s + (typeof p.share === 'number' ? p.share : 0), 0);
      if (parts.length >= 2 && parts.every((p) => typeof p.share === 'number') && Math.abs(sum - 1) > SHARE_TOLERANCE)
        problems.push({ path: 'parts', message: `Tổng tỷ lệ các phần phải bằng 1 (đang là ${Number(sum.toFixed(6))}) / the shares must sum to 1` });
      break;
    }
    case 'abolish':
      break;
  }
  return problems;
}
