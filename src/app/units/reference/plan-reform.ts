/**
 * The reform of 1/7/2025: 34 provinces and 3,321 communes, districts abolished.
 *
 * Versions: a unit keeps its row across the reform only when nothing about it changes (same code,
 * its only predecessor is itself, wholly, under the same name and type); it then just gets a new
 * parent from 1/7/2025. Every other new unit is a new row from 1/7/2025 with lineage links from
 * its predecessors, whose rows end on 1/7/2025.
 *
 * Event kinds (one event per new unit): 'split' when some predecessor is divided among several new
 * units (its link is then 'partial'); otherwise 'merge' (one or more predecessors went in wholly);
 * 'rename' / 'reclassify' when the only predecessor is the same code, wholly, and only the name /
 * only the type changed. Shares are null: the sources give none.
 */
import { parseTypedName, sameUnitName, type TypedName } from '../../../domain/units-naming.ts';
import type { LineageEventDraft, ParentLinkDraft, UnitDraft } from '../../../domain/units-plan.ts';
import type { LineageKind } from '../../../domain/units.ts';
import type { NewProvinceRow, PackageSources } from './package-sources.ts';
import type { ResolvedMappings } from './resolve-mappings.ts';
import type { OldTree } from './plan-old-tree.ts';
import { COMMUNE_LEGAL_BASIS, DISTRICT_LEGAL_BASIS, END_OF_TIME, NEW_TREE, PROVINCE_LEGAL_BASIS, REFORM_2025_DATE, draftUnit } from './unit-drafts.ts';

export interface ReformPlan {
  provinces: UnitDraft[];
  communes: UnitDraft[];
  parents: ParentLinkDraft[];
  events: LineageEventDraft[];
  counts: { provincesContinued: number; communesContinued: number; communesWithoutPredecessor: number };
}

function newProvinceName(p: NewProvinceRow): TypedName {
  const municipality = p.place_type.startsWith('Thành phố');
  const bare = p.name.replace(/^(Thành phố|Tỉnh) /, '');
  return parseTypedName(`${municipality ? 'Thành phố' : 'Tỉnh'} ${bare}`, 'province');
}

/** What happened to a unit whose only predecessor is its own code, wholly. */
function sameCodeKind(old: UnitDraft, typed: TypedName): LineageKind | null {
  if (!sameUnitName(old.name, typed.name)) return 'rename';
  if (old.type !== typed.type) return 'reclassify';
  return null;
}

export function planReform(src: PackageSources, resolved: ResolvedMappings, old: OldTree, provinceSuccessor: Map<string, string>): ReformPlan {
  const plan: ReformPlan = {
    provinces: [],
    communes: [],
    parents: [],
    events: [],
    counts: { provincesContinued: 0, communesContinued: 0, communesWithoutPredecessor: 0 },
  };
  const provinceKeys = new Map<string, string>();

  for (const p of src.newProvinces) {
    const typed = newProvinceName(p);
    const preds = [...provinceSuccessor]
      .filter(([, to]) => to === p.province_code)
      .map(([from]) => from)
      .sort();
    if (!preds.length) throw new Error(`Tỉnh mới ${p.province_code} ${p.name}: không có tỉnh cũ nào chuyển vào`);
    const same = old.provinces.get(p.province_code);
    const onlyItself = preds.length === 1 && preds[0] === p.province_code && same;
    if (onlyItself && sameCodeKind(same, typed) === null) {
      same.validTo = END_OF_TIME;
      provinceKeys.set(p.province_code, same.key);
      plan.counts.provincesContinued++;
      continue;
    }
    const draft = draftUnit('province', p.province_code, typed, { ...NEW_TREE }, null);
    plan.provinces.push(draft);
    provinceKeys.set(p.province_code, draft.key);
    const kind: LineageKind = onlyItself ? sameCodeKind(same, typed)! : preds.length === 1 ? 'recode' : 'merge';
    plan.events.push({
      kind,
      date: REFORM_2025_DATE,
      legalBasis: PROVINCE_LEGAL_BASIS,
      note: `${draft.fullName} (${draft.code}) từ 1/7/2025: ${preds.length} tỉnh/thành phố tiền thân.`,
      links: preds.map((code) => ({ fromKey: old.provinces.get(code)!.key, toKey: draft.key, part: 'full', share: null })),
    });
  }

  const successors = new Map<string, Set<string>>();
  const predecessors = new Map<string, string[]>();
  for (const r of resolved.rows) {
    successors.set(r.oldCode, (successors.get(r.oldCode) ?? new Set()).add(r.newCode));
    predecessors.set(r.newCode, [...(predecessors.get(r.newCode) ?? []), r.oldCode]);
  }
  const isPartial = (oldCode: string): boolean => (successors.get(oldCode)?.size ?? 0) > 1;
  const islandOf = new Map([...old.islandSuccessors].map(([district, zone]) => [zone, district]));
  const abolish: LineageEventDraft = {
    kind: 'abolish',
    date: REFORM_2025_DATE,
    legalBasis: DISTRICT_LEGAL_BASIS,
    note: 'Không tổ chức cấp huyện từ 1/7/2025: mọi đơn vị cấp huyện kết thúc; huyện đảo không có xã được thay bằng đặc khu cùng tên.',
    links: [],
  };

  for (const w of src.newWards) {
    const typed = parseTypedName(w.name, 'commune');
    const provinceKey = provinceKeys.get(w.province_code);
    if (!provinceKey) throw new Error(`Xã mới ${w.ward_code} ${w.name}: không có tỉnh ${w.province_code}`);
    const preds = [...new Set(predecessors.get(w.ward_code) ?? [])].sort();
    const same = old.communes.get(w.ward_code);
    const onlyItself = preds.length === 1 && preds[0] === w.ward_code && !isPartial(w.ward_code) && same;
    if (onlyItself && sameCodeKind(same, typed) === null) {
      same.validTo = END_OF_TIME;
      plan.parents.push({ childKey: same.key, parentKey: provinceKey, validFrom: REFORM_2025_DATE, validTo: END_OF_TIME });
      plan.counts.communesContinued++;
      continue;
    }
    const island = islandOf.get(w.ward_code);
    const note = preds.length || island ? null : 'Nguồn (bảng chuyển đổi) không ghi đơn vị tiền thân.';
    const draft = draftUnit('commune', w.ward_code, typed, { ...NEW_TREE }, note);
    plan.communes.push(draft);
    plan.parents.push({ childKey: draft.key, parentKey: provinceKey, validFrom: REFORM_2025_DATE, validTo: END_OF_TIME });
    if (island) abolish.links.push({ fromKey: old.districts.get(island)!.key, toKey: draft.key, part: 'full', share: null });
    if (!preds.length) {
      if (!island) plan.counts.communesWithoutPredecessor++;
      continue;
    }
    const kind: LineageKind = preds.some(isPartial) ? 'split' : onlyItself ? sameCodeKind(same, typed)! : 'merge';
    plan.events.push({
      kind,
      date: REFORM_2025_DATE,
      legalBasis: COMMUNE_LEGAL_BASIS,
      note: `${draft.fullName} (${draft.code}) từ 1/7/2025: ${preds.length} đơn vị cấp xã tiền thân.`,
      links: preds.map((code) => ({ fromKey: old.communes.get(code)!.key, toKey: draft.key, part: isPartial(code) ? 'partial' : 'full', share: null })),
    });
  }
  plan.events.push(abolish);
  return plan;
}
