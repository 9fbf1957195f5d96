/**
 * Reads the administrative-unit CSV files of a reference directory (the layout of
 * shared/data/units, see its README): every row checked, every problem collected with its file,
 * row and column, so an administrator can fix the whole file in one pass.
 *
 * Row numbers are file lines as a spreadsheet shows them: the header is row 1.
 */
import { AppError } from '../../../domain/errors.ts';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { LineagePart } from '../../../domain/units.ts';

export const UNIT_CSV_FILES = {
  oldProvinces: 'before-2025-07-01/provinces.csv',
  oldDistricts: 'before-2025-07-01/districts.csv',
  oldCommunes: 'before-2025-07-01/communes.csv',
  newProvinces: 'from-2025-07-01/provinces.csv',
  newCommunes: 'from-2025-07-01/communes.csv',
  provinceLineage: 'lineage-2025-07-01-provinces.csv',
  communeLineage: 'lineage-2025-07-01-communes.csv',
} as const;

export interface CsvUnitRow {
  code: string;
  name: string;
  nameEn: string;
  fullName: string;
  fullNameEn: string;
  /** In the project's vocabulary (see TYPE_ALIASES). */
  type: string;
  /** Province code (districts, new communes) or district code (old communes); '' for provinces. */
  parentCode: string;
  row: number;
}

export interface CsvLineageRow {
  /** Level of the old unit: the commune lineage also names island districts that had no communes (→ special zone). */
  oldLevel: 'province' | 'district' | 'commune';
  oldCode: string;
  newCode: string;
  part: LineagePart;
  /** Declared share of the old unit that went into the new one (0..1), only on partial rows. */
  share: number | null;
  row: number;
}

export interface UnitCsvSet {
  oldProvinces: CsvUnitRow[];
  oldDistricts: CsvUnitRow[];
  oldCommunes: CsvUnitRow[];
  newProvinces: CsvUnitRow[];
  newCommunes: CsvUnitRow[];
  provinceLineage: CsvLineageRow[];
  communeLineage: CsvLineageRow[];
  /**
   * Lineage rows naming a code the unit files do not list, left out (not an error): the lineage and
   * the unit lists may come from different sources (shared/data/units does), and one missing link
   * should not block the whole tree. Each names file, row and column; the report shows them.
   */
  skippedLineage: string[];
}

/** A rejected import (422 VALIDATION_FAILED): every problem, each naming file, row and column, in `details`. Nothing was written. */
export function unitCsvRefused(problems: string[]): AppError {
  const shown = problems.slice(0, 20);
  const more = problems.length > shown.length ? `\n… và ${problems.length - shown.length} lỗi khác / and ${problems.length - shown.length} more` : '';
  return new AppError(
    'VALIDATION_FAILED',
    `Tệp đơn vị hành chính không hợp lệ, không ghi gì (${problems.length} lỗi) / invalid unit files, nothing written (${problems.length} problems):\n${shown.join('\n')}${more}`,
    problems,
  );
}

/**
 * The shared files' type names → the project's (src/domain/units-naming.ts), per level. The
 * project's own names are accepted as well, so a file exported from DX-IOC reads back.
 */
const TYPE_ALIASES: Record<'province' | 'district' | 'commune', Record<string, string>> = {
  province: { municipality: 'municipality', province: 'province' },
  district: {
    urban_district: 'urban_district',
    district: 'district',
    provincial_city: 'provincial_city',
    // Thủ Đức: a city under a municipality; the project files it with the other cities at district level.
    municipal_city: 'provincial_city',
    town: 'town',
    district_level_town: 'town',
  },
  commune: {
    ward: 'ward',
    commune: 'commune',
    township: 'township',
    commune_level_town: 'township',
    special_zone: 'special_zone',
    special_administrative_region: 'special_zone',
  },
};

const CODE_PATTERN = { province: /^\d{2}$/, district: /^\d{3}$/, commune: /^\d{5}$/ } as const;
type Level = keyof typeof CODE_PATTERN;

class Problems {
  readonly list: string[] = [];
  add(file: string, row: number | null, column: string | null, vi: string, en: string): void {
    const where = [file, row === null ? null : `dòng ${row}`, column && `cột ${column}`].filter(Boolean).join(', ');
    const whereEn = [file, row === null ? null : `row ${row}`, column && `column ${column}`].filter(Boolean).join(', ');
    this.list.push(`${where}: ${vi} / ${whereEn}: ${en}`);
  }
}

/** Parsed records with their row numbers; null (and a problem) when the file is missing, unreadable or lacks a column. */
function readRecords(dir: string, file: string, columns: string[], problems: Problems): Array<{ record: Record<string, string>; row: number }> | null {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.add(file, null, null, 'không có tệp', 'file not found');
    return null;
  }
  let parsed: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    parsed = parse(readFileSync(path, 'utf8'), { bom: true, columns: true, skip_empty_lines: true, trim: true, info: true });
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    problems.add(file, lines ?? null, null, `không đọc được CSV (${(error as Error).message})`, 'not a readable CSV file');
    return null;
  }
  const header = parsed[0] ? Object.keys(parsed[0].record) : [];
  const missing = columns.filter((c) => parsed.length > 0 && !header.includes(c));
  for (const c of missing) problems.add(file, 1, c, 'thiếu cột', 'missing column');
  if (parsed.length === 0) problems.add(file, null, null, 'tệp không có dòng dữ liệu nào', 'no data rows');
  if (missing.length || parsed.length === 0) return null;
  return parsed.map((p) => ({ record: p.record, row: p.info.lines }));
}

function readUnits(dir: string, file: string, level: Level, parentColumn: string | null, problems: Problems): CsvUnitRow[] {
  const columns = ['code', 'name', 'name_en', 'full_name', 'full_name_en', 'type', ...(parentColumn ? [parentColumn] : [])];
  const records = readRecords(dir, file, columns, problems);
  if (!records) return [];
  const seen = new Map<string, number>();
  const rows: CsvUnitRow[] = [];
  for (const { record: r, row } of records) {
    let ok = true;
    const fail = (column: string, vi: string, en: string): void => {
      problems.add(file, row, column, vi, en);
      ok = false;
    };
    const code = r.code ?? '';
    if (!CODE_PATTERN[level].test(code)) fail('code', `mã "${code}" không đúng dạng (${CODE_PATTERN[level].source})`, `code "${code}" is malformed`);
    else if (seen.has(code)) fail('code', `mã ${code} trùng với dòng ${seen.get(code)}`, `code ${code} repeats row ${seen.get(code)}`);
    else seen.set(code, row);
    for (const column of ['name', 'full_name']) if (!r[column]) fail(column, 'trống', 'empty');
    const type = TYPE_ALIASES[level][r.type ?? ''];
    if (!type)
      fail('type', `loại "${r.type}" không hợp lệ cho cấp ${level} (${Object.keys(TYPE_ALIASES[level]).join(', ')})`, `unknown ${level} type "${r.type}"`);
    const parentCode = parentColumn ? (r[parentColumn] ?? '') : '';
    if (parentColumn && !parentCode) fail(parentColumn, 'trống', 'empty');
    if (!ok) continue;
    rows.push({ code, name: r.name!, nameEn: r.name_en ?? '', fullName: r.full_name!, fullNameEn: r.full_name_en ?? '', type: type!, parentCode, row });
  }
  return rows;
}

function readLineage(dir: string, file: string, level: 'province' | 'commune', problems: Problems): CsvLineageRow[] {
  const records = readRecords(dir, file, ['old_code', 'new_code', 'kind'], problems);
  if (!records) return [];
  const seen = new Map<string, number>();
  const rows: CsvLineageRow[] = [];
  for (const { record: r, row } of records) {
    let ok = true;
    const fail = (column: string, vi: string, en: string): void => {
      problems.add(file, row, column, vi, en);
      ok = false;
    };
    const oldCode = r.old_code ?? '';
    const newCode = r.new_code ?? '';
    // An island district without communes (Côn Đảo, Hoàng Sa…) appears as an old code of the commune lineage.
    const oldLevel = level === 'commune' && CODE_PATTERN.district.test(oldCode) ? 'district' : level;
    if (!CODE_PATTERN[oldLevel].test(oldCode))
      fail('old_code', `mã "${oldCode}" không đúng dạng (${CODE_PATTERN[level].source})`, `code "${oldCode}" is malformed`);
    if (!CODE_PATTERN[level].test(newCode))
      fail('new_code', `mã "${newCode}" không đúng dạng (${CODE_PATTERN[level].source})`, `code "${newCode}" is malformed`);
    const pair = `${oldCode}>${newCode}`;
    if (ok && seen.has(pair)) fail('new_code', `cặp ${oldCode} → ${newCode} trùng với dòng ${seen.get(pair)}`, `pair repeats row ${seen.get(pair)}`);
    seen.set(pair, row);
    const kind = r.kind ?? '';
    if (kind !== 'full' && kind !== 'partial') fail('kind', `"${kind}" không hợp lệ (full | partial)`, `kind must be full or partial`);
    let share: number | null = null;
    const rawShare = r.share ?? '';
    if (rawShare !== '') {
      share = Number(rawShare);
      if (kind !== 'partial') fail('share', 'chỉ ghi tỷ lệ cho dòng partial', 'a share is only allowed on partial rows');
      else if (!Number.isFinite(share) || share <= 0 || share >= 1)
        fail('share', `tỷ lệ "${rawShare}" phải lớn hơn 0 và nhỏ hơn 1`, `share must be between 0 and 1 (exclusive)`);
    }
    if (!ok) continue;
    rows.push({ oldLevel, oldCode, newCode, part: kind as LineagePart, share, row });
  }
  return rows;
}

/** Cross-file checks: parents and lineage codes exist, every unit is accounted for, shares add up. */
function checkReferences(set: UnitCsvSet, problems: Problems): void {
  const codes = (rows: CsvUnitRow[]): Set<string> => new Set(rows.map((r) => r.code));
  const parentCheck = (file: string, rows: CsvUnitRow[], column: string, parents: Set<string>, parentFile: string): void => {
    for (const r of rows)
      if (!parents.has(r.parentCode))
        problems.add(file, r.row, column, `không có mã ${r.parentCode} trong ${parentFile}`, `unknown code ${r.parentCode} (not in ${parentFile})`);
  };
  const F = UNIT_CSV_FILES;
  parentCheck(F.oldDistricts, set.oldDistricts, 'province_code', codes(set.oldProvinces), F.oldProvinces);
  parentCheck(F.oldCommunes, set.oldCommunes, 'district_code', codes(set.oldDistricts), F.oldDistricts);
  parentCheck(F.newCommunes, set.newCommunes, 'province_code', codes(set.newProvinces), F.newProvinces);

  const districtCodes = codes(set.oldDistricts);
  const lineageCheck = (file: string, rows: CsvLineageRow[], olds: CsvUnitRow[], oldFile: string, news: CsvUnitRow[], newFile: string): void => {
    const oldCodes = codes(olds);
    const newCodes = codes(news);
    const shares = new Map<string, number>();
    const gaps = new Problems();
    const kept = rows.filter((r) => {
      const [known, knownFile] = r.oldLevel === 'district' ? [districtCodes, F.oldDistricts] : [oldCodes, oldFile];
      if (!known.has(r.oldCode))
        gaps.add(
          file,
          r.row,
          'old_code',
          `không có mã ${r.oldCode} trong ${knownFile}, bỏ qua dòng`,
          `unknown code ${r.oldCode} (not in ${knownFile}), row skipped`,
        );
      else if (!newCodes.has(r.newCode))
        gaps.add(
          file,
          r.row,
          'new_code',
          `không có mã ${r.newCode} trong ${newFile}, bỏ qua dòng`,
          `unknown code ${r.newCode} (not in ${newFile}), row skipped`,
        );
      else return true;
      return false;
    });
    set.skippedLineage.push(...gaps.list);
    rows.splice(0, rows.length, ...kept);
    for (const r of rows) if (r.share !== null) shares.set(r.oldCode, (shares.get(r.oldCode) ?? 0) + r.share);
    const byOld = new Map<string, CsvLineageRow[]>();
    for (const r of rows) byOld.set(r.oldCode, [...(byOld.get(r.oldCode) ?? []), r]);
    for (const [code, out] of byOld) {
      const full = out.find((r) => r.part === 'full');
      if (full && out.length > 1)
        problems.add(
          file,
          full.row,
          'kind',
          `${code} chuyển vào ${out.length} đơn vị mới nên không thể là full`,
          `${code} goes to ${out.length} new units, so it cannot be full`,
        );
      if ((shares.get(code) ?? 0) > 1 + 1e-9)
        problems.add(file, out.at(-1)!.row, 'share', `tổng tỷ lệ của ${code} vượt quá 1`, `shares of ${code} add up to more than 1`);
    }
  };
  lineageCheck(F.provinceLineage, set.provinceLineage, set.oldProvinces, F.oldProvinces, set.newProvinces, F.newProvinces);
  lineageCheck(F.communeLineage, set.communeLineage, set.oldCommunes, F.oldCommunes, set.newCommunes, F.newCommunes);

  const withSuccessor = new Set(set.provinceLineage.map((r) => r.oldCode));
  for (const p of set.oldProvinces)
    if (!withSuccessor.has(p.code))
      problems.add(
        F.oldProvinces,
        p.row,
        'code',
        `tỉnh ${p.code} không có dòng nào trong ${F.provinceLineage}`,
        `province ${p.code} has no row in ${F.provinceLineage}`,
      );
  const withPredecessor = new Set(set.provinceLineage.map((r) => r.newCode));
  for (const p of set.newProvinces)
    if (!withPredecessor.has(p.code))
      problems.add(
        F.newProvinces,
        p.row,
        'code',
        `tỉnh ${p.code} không có tỉnh tiền thân trong ${F.provinceLineage}`,
        `province ${p.code} has no predecessor in ${F.provinceLineage}`,
      );
}

/** Reads and checks the seven files; throws unitCsvRefused listing every problem. */
export function readUnitCsvDirectory(dir: string): UnitCsvSet {
  if (!existsSync(dir)) throw unitCsvRefused([`${dir}: không có thư mục / directory not found`]);
  const problems = new Problems();
  const F = UNIT_CSV_FILES;
  const set: UnitCsvSet = {
    oldProvinces: readUnits(dir, F.oldProvinces, 'province', null, problems),
    oldDistricts: readUnits(dir, F.oldDistricts, 'district', 'province_code', problems),
    oldCommunes: readUnits(dir, F.oldCommunes, 'commune', 'district_code', problems),
    newProvinces: readUnits(dir, F.newProvinces, 'province', null, problems),
    newCommunes: readUnits(dir, F.newCommunes, 'commune', 'province_code', problems),
    provinceLineage: readLineage(dir, F.provinceLineage, 'province', problems),
    communeLineage: readLineage(dir, F.communeLineage, 'commune', problems),
    skippedLineage: [],
  };
  // Cross-file checks on partly rejected files would only repeat the same problem elsewhere.
  if (!problems.list.length) checkReferences(set, problems);
  if (problems.list.length) throw unitCsvRefused(problems.list);
  return set;
}
