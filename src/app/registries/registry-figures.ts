/**
 * The figures a unit's registries give for a period — "18 cơ quan, đơn vị đã đăng ký sản phẩm CĐS, 1 đã hoàn
 * thành", "65 tổ cấp xã với 840 thành viên" — for the unit page, the overview and the progress report. Each is
 * an indicator whose numerator is one element derived from a registry (`#{SP_CDS_HOAN_THANH}`), read through the
 * one analytics query (so the roll-up, the reform's views and read access are the same as for every figure),
 * with the element to drill down from. Elements derived from a registry with no such indicator are not shown, nor
 * the records fed from source systems (dossiers, feedback: their own screens).
 */
import type { Actor } from '../../domain/access.ts';
import {
  PROGRAMME_REGISTRIES,
  REGISTRY_MEASURE_CODES,
  REGISTRY_MEASURES,
  isRegistryMeasure,
  type RegistryMeasure,
  type RegistryName,
} from '../../domain/registry-measures.ts';
import { resolveQueryUnit, type View } from '../../compute/analytics/unit-resolve.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { authorizeUnit } from '../policy.ts';
import type { Store } from '../../store/db.ts';
import { listIndicators } from '../../store/metadata/indicators.ts';
import { listDerivedElements } from '../../store/registries/derived-elements.ts';
import { queryIndicator } from '../analytics/indicator-query.ts';

export interface RegistryFigure {
  registry: RegistryName;
  measure: RegistryMeasure;
  element: string;
  indicator: string;
  name: string;
  nameEn: string;
  unitOfMeasure: string | null;
  /** null: nothing recorded for the unit and period. */
  value: number | null;
}

export interface RegistryFigures {
  unit: { code: string; name: string };
  period: string;
  view: View;
  items: RegistryFigure[];
}

/** The indicators that show one derived element as it is: numerator `#{CODE}`, no denominator, factor 1. */
async function figureIndicators(
  store: Store,
): Promise<Array<{ element: string; measure: RegistryMeasure; indicator: string; name: string; nameEn: string; unitOfMeasure: string | null }>> {
  const derived = new Map((await listDerivedElements(store.db, null)).map((e) => [e.code, e.derivedFrom]));
  const out = [];
  for (const indicator of await listIndicators(store.db)) {
    const match = /^\s*#\{([^}]+)\}\s*$/.exec(indicator.numerator);
    const measure = match ? derived.get(match[1]!) : undefined;
    if (!match || !measure || !isRegistryMeasure(measure) || indicator.denominator || indicator.factor !== 1) continue;
    if (!PROGRAMME_REGISTRIES.includes(REGISTRY_MEASURES[measure].registry)) continue; // dossiers, feedback: their own screens
    out.push({
      element: match[1]!,
      measure,
      indicator: indicator.code,
      name: indicator.name,
      nameEn: indicator.nameEn,
      unitOfMeasure: indicator.unitOfMeasure ?? null,
    });
  }
  const order = (m: RegistryMeasure) => REGISTRY_MEASURE_CODES.indexOf(m);
  return out.sort((a, b) => order(a.measure) - order(b.measure) || a.indicator.localeCompare(b.indicator));
}

export async function registryFigures(
  store: Store,
  actor: Actor,
  query: { unit: string; period: string; view?: View; registry?: RegistryName },
): Promise<RegistryFigures> {
  const view = query.view ?? 'was';
  const indicators = (await figureIndicators(store)).filter((i) => !query.registry || REGISTRY_MEASURES[i.measure].registry === query.registry);
  const resolved = await resolveQueryUnit(store.db, query.unit, view, [parsePeriod(query.period)]);
  await authorizeUnit(store, actor, 'read', resolved.unit.code, resolved.at);
  const unit = { code: resolved.unit.code, name: resolved.unit.name };
  const items: RegistryFigure[] = [];
  for (const i of indicators) {
    const result = await queryIndicator(store, { indicator: i.indicator, unit: query.unit, periods: [query.period], view }, actor);
    items.push({ registry: REGISTRY_MEASURES[i.measure].registry, ...i, value: result.rows[0]?.value ?? null });
  }
  return { unit, period: query.period, view, items };
}
