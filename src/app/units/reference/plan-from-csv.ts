/**
 * Builds a unit plan from checked CSV files, with the same shape as the package load
 * (plan-old-tree.ts, plan-reform.ts): one row per unit version, effective-dated parents, one
 * lineage event per new unit.
 *
 * A unit keeps its row across 1/7/2025 only when its only predecessor is itself, wholly, under
 * the same name and type; otherwise the new unit is a new row from 1/7/2025 and its predecessors'
 * rows end that day. Links keep the files' full/partial and declared shares. Unlike the packages,
 * the files give every code, so nothing is made up and no old unit ends on an unknown day.
 */
import { englishNames, sameUnitName } from '../../../domain/units-naming.ts';
import { checkUnitPlan, unitKey, type LineageEventDraft, type ParentLinkDraft, type UnitDraft, type UnitPlan } from '../../../domain/units-plan.ts';
import type { LineageKind, UnitLevel } from '../../../domain/units.ts';
import type { CsvLineageRow, CsvUnitRow, UnitCsvSet } from './csv-files.ts';
import {
  BEGINNING_OF_TIME,
  COMMUNE_LEGAL_BASIS,
  DISTRICT_LEGAL_BASIS,
  END_OF_TIME,
  NEW_TREE,
  OLD_TREE,
  PROVINCE_LEGAL_BASIS,
  REFORM_2025_DATE,
  type Validity,
} from './unit-drafts.ts';

export interface CsvPlanCounts {
  provincesContinued: number;
  communesContinued: number;
  /** New communes no lineage row leads to (island special zones, new settlements). */
  newCommunesWithoutPredecessor: number;
  /** Lineage rows with a declared share. */
  declaredShares: number;
}

function draft(level: UnitLevel, row: CsvUnitRow, validity: Validity): UnitDraft {
  // The files give English names; derive them only where a column was left empty.
  const derived = row.nameEn && row.fullNameEn ? null : englishNames(row.name, row.type);
  return {
    key: unitKey(level, row.code, validity.validFrom),
    code: row.code,
    level,
    type: row.type,
    name: row.name,
    nameEn: row.nameEn || derived!.nameEn,
    fullName: row.fullName,
    fullNameEn: row.fullNameEn || derived!.fullNameEn,
    ...validity,
    codeOfficial: true,
    note: null,
  };
}

const grouped = (rows: CsvLineageRow[], by: (r: CsvLineageRow) => string): Map<string, CsvLineageRow[]> => {
  const out = new Map<string, CsvLineageRow[]>();
  for (const r of rows) out.set(by(r), [...(out.get(by(r)) ?? []), r]);
  return out;
};

/** What happened to a unit whose only predecessor is its own code, wholly: null when nothing did. */
function sameCodeKind(old: UnitDraft, row: CsvUnitRow): LineageKind | null {
  if (!sameUnitName(old.name, row.name)) return 'rename';
  if (old.type !== row.type) return 'reclassify';
  return null;
}

interface ReformLevel {
  level: 'province' | 'commune';
  olds: Map<string, UnitDraft>;
  news: CsvUnitRow[];
  lineage: CsvLineageRow[];
  legalBasis: string;
  predecessorWord: string;
}

/** New versions, events and the key each new code ends up at (continued old row or new row). */
function planLevel(spec: ReformLevel, plan: UnitPlan): { keys: Map<string, string>; continued: number; withoutPredecessor: number } {
  const byNew = grouped(
    spec.lineage.filter((r) => r.oldLevel === spec.level),
    (r) => r.newCode,
  );
  const fromDistrict = new Set(spec.lineage.filter((r) => r.oldLevel === 'district').map((r) => r.newCode));
  const successorCount = new Map(
    [
      ...grouped(
        spec.lineage.filter((r) => r.oldLevel === spec.level),
        (r) => r.oldCode,
      ),
    ].map(([code, rows]) => [code, rows.length]),
  );
  const keys = new Map<string, string>();
  let continued = 0;
  let withoutPredecessor = 0;
  for (const row of spec.news) {
    const preds = [...(byNew.get(row.code) ?? [])].sort((a, b) => a.oldCode.localeCompare(b.oldCode));
    const same = spec.olds.get(row.code);
    const onlyItself = preds.length === 1 && preds[0]!.oldCode === row.code && preds[0]!.part === 'full' && successorCount.get(row.code) === 1 && same;
    if (onlyItself && sameCodeKind(same, row) === null) {
      same.validTo = END_OF_TIME;
      keys.set(row.code, same.key);
      continued++;
      continue;
    }
    const unit = draft(spec.level, row, { ...NEW_TREE });
    if (!preds.length && !fromDistrict.has(row.code)) {
      unit.note = 'Tệp phả hệ không ghi đơn vị tiền thân.';
      withoutPredecessor++;
    }
    plan.units.push(unit);
    keys.set(row.code, unit.key);
    if (!preds.length) continue;
    const kind: LineageKind = preds.some((p) => p.part === 'partial')
      ? 'split'
      : onlyItself
        ? sameCodeKind(same, row)!
        : preds.length === 1
          ? spec.level === 'province'
            ? 'recode'
            : 'merge'
          : 'merge';
    plan.events.push({
      kind,
      date: REFORM_2025_DATE,
      legalBasis: spec.legalBasis,
      note: `${unit.fullName} (${unit.code}) từ 1/7/2025: ${preds.length} ${spec.predecessorWord} tiền thân.`,
      links: preds.map((p) => ({ fromKey: spec.olds.get(p.oldCode)!.key, toKey: unit.key, part: p.part, share: p.share })),
    });
  }
  return { keys, continued, withoutPredecessor };
}

export function planFromCsv(set: UnitCsvSet, source: string): { plan: UnitPlan; counts: CsvPlanCounts } {
  const plan: UnitPlan = { source, units: [], parents: [], events: [] };
  const country: UnitDraft = {
    key: unitKey('country', 'VN', BEGINNING_OF_TIME),
    code: 'VN',
    level: 'country',
    type: 'country',
    name: 'Việt Nam',
    nameEn: 'Viet Nam',
    fullName: 'Việt Nam',
    fullNameEn: 'Viet Nam',
    validFrom: BEGINNING_OF_TIME,
    validFromKnown: false,
    validTo: END_OF_TIME,
    validToKnown: true,
    codeOfficial: true,
    note: null,
  };
  const toMap = (level: UnitLevel, rows: CsvUnitRow[]): Map<string, UnitDraft> => new Map(rows.map((r) => [r.code, draft(level, r, { ...OLD_TREE })]));
  const oldProvinces = toMap('province', set.oldProvinces);
  const oldDistricts = toMap('district', set.oldDistricts);
  const oldCommunes = toMap('commune', set.oldCommunes);
  plan.units.push(country, ...oldProvinces.values(), ...oldDistricts.values(), ...oldCommunes.values());
  // Old parent links end with the old tree (REFORM_2025_DATE), even for units that continue.
  const oldParent = (childKey: string, parentKey: string): ParentLinkDraft => ({
    childKey,
    parentKey,
    validFrom: BEGINNING_OF_TIME,
    validTo: REFORM_2025_DATE,
  });
  for (const d of set.oldDistricts) plan.parents.push(oldParent(oldDistricts.get(d.code)!.key, oldProvinces.get(d.parentCode)!.key));
  for (const c of set.oldCommunes) plan.parents.push(oldParent(oldCommunes.get(c.code)!.key, oldDistricts.get(c.parentCode)!.key));

  const provinces = planLevel(
    {
      level: 'province',
      olds: oldProvinces,
      news: set.newProvinces,
      lineage: set.provinceLineage,
      legalBasis: PROVINCE_LEGAL_BASIS,
      predecessorWord: 'tỉnh/thành phố',
    },
    plan,
  );
  const communes = planLevel(
    {
      level: 'commune',
      olds: oldCommunes,
      news: set.newCommunes,
      lineage: set.communeLineage,
      legalBasis: COMMUNE_LEGAL_BASIS,
      predecessorWord: 'đơn vị cấp xã',
    },
    plan,
  );
  for (const c of set.newCommunes) {
    plan.parents.push({
      childKey: communes.keys.get(c.code)!,
      parentKey: provinces.keys.get(c.parentCode)!,
      validFrom: REFORM_2025_DATE,
      validTo: END_OF_TIME,
    });
  }
  // Every province version hangs under the country for as long as it lasts (continued ones included).
  for (const p of plan.units.filter((u) => u.level === 'province')) {
    plan.parents.push({ childKey: p.key, parentKey: country.key, validFrom: p.validFrom, validTo: p.validTo });
  }
  const abolish: LineageEventDraft = {
    kind: 'abolish',
    date: REFORM_2025_DATE,
    legalBasis: DISTRICT_LEGAL_BASIS,
    note: 'Không tổ chức cấp huyện từ 1/7/2025: mọi đơn vị cấp huyện kết thúc; huyện đảo không có xã được thay bằng đặc khu.',
    // Island districts without communes, which the commune lineage names as predecessors of a special zone.
    links: set.communeLineage
      .filter((r) => r.oldLevel === 'district')
      .map((r) => ({ fromKey: oldDistricts.get(r.oldCode)!.key, toKey: communes.keys.get(r.newCode)!, part: r.part, share: r.share })),
  };
  plan.events.push(abolish);

  const problems = checkUnitPlan(plan);
  if (problems.length)
    throw new Error(`Dữ liệu đơn vị hành chính không nhất quán / inconsistent unit data (${problems.length}): ${problems.slice(0, 5).join('; ')}`);
  return {
    plan,
    counts: {
      provincesContinued: provinces.continued,
      communesContinued: communes.continued,
      newCommunesWithoutPredecessor: communes.withoutPredecessor,
      declaredShares: set.communeLineage.filter((r) => r.share !== null).length + set.provinceLineage.filter((r) => r.share !== null).length,
    },
  };
}
