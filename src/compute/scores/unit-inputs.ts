/**
 * Reads the inputs of an edition for some units and one period: published main-index values, the values
 * of element-bound components (current versions) and of indicator-bound components (the compute engine's
 * roll-up for the unit, ratio of sums, "as it was" view), each multiplied by its source's scale.
 */
import type { Kysely } from 'kysely';
import type { UnitInputs } from '../../domain/frameworks/score-inputs.ts';
import type { EditionDefinition } from '../../domain/frameworks/types.ts';
import { parsePeriod } from '../../domain/periods.ts';
import type { ComponentValue } from '../../domain/scoring-rules.ts';
import type { Database } from '../../store/schema.ts';
import { elementIdsByCode, type RunUnit } from '../../store/frameworks/score-run-inputs.ts';
import { listCurrentValues } from '../../store/values/repo.ts';
import { computeForUnits, loadIndicator } from '../analytics/indicator.ts';
import { AppError } from '../../domain/errors.ts';
import { badRunInput } from './run-input-error.ts';

const CHUNK = 500;

/** Element and indicator codes an edition reads. */
export function editionSources(edition: EditionDefinition): { elements: string[]; indicators: string[] } {
  const elements = new Set<string>();
  const indicators = new Set<string>();
  for (const main of edition.mainIndices) {
    if (main.publishedElement) elements.add(main.publishedElement);
    for (const { source } of main.components) {
      if (source && 'indicator' in source) indicators.add(source.indicator);
      else if (source) elements.add(source.element);
    }
  }
  return { elements: [...elements], indicators: [...indicators] };
}

type Values = Map<number, Map<string, ComponentValue>>;

const put = (out: Values, unitId: number, key: string, value: ComponentValue) => {
  const map = out.get(unitId) ?? new Map<string, ComponentValue>();
  map.set(key, value);
  out.set(unitId, map);
};

async function elementValues(db: Kysely<Database>, codes: string[], unitIds: readonly number[], period: string, out: Values): Promise<void> {
  const ids = await elementIdsByCode(db, codes);
  const absent = codes.filter((c) => !ids.has(c));
  if (absent.length > 0) throw badRunInput('edition', `Chưa có phần tử dữ liệu: ${absent.join(', ')} (chạy "dx-ioc frameworks load") / data elements missing`);
  const codeById = new Map([...ids].map(([code, id]) => [id, code]));
  if (ids.size === 0) return;
  for (let i = 0; i < unitIds.length; i += CHUNK) {
    const values = await listCurrentValues(db, { elementIds: [...ids.values()], unitIds: unitIds.slice(i, i + CHUNK), periods: [period] });
    for (const v of values) put(out, v.unitId, `element:${codeById.get(v.elementId)}`, v.value);
  }
}

async function indicatorValues(db: Kysely<Database>, codes: string[], units: readonly RunUnit[], period: string, out: Values): Promise<void> {
  const p = parsePeriod(period);
  for (const code of codes) {
    let definition;
    try {
      definition = await loadIndicator(db, code);
    } catch (error) {
      if (error instanceof AppError && error.code === 'INDICATOR_NOT_FOUND') throw badRunInput(code, error.message);
      throw error;
    }
    for (let i = 0; i < units.length; i += CHUNK) {
      const chunk = units.slice(i, i + CHUNK);
      const rows = await computeForUnits(db, definition, [...chunk], p, 'was');
      rows.forEach((row, j) => put(out, chunk[j]!.id, `indicator:${code}`, row.value));
    }
  }
}

export async function loadUnitInputs(
  db: Kysely<Database>,
  edition: EditionDefinition,
  units: readonly RunUnit[],
  period: string,
): Promise<Map<number, UnitInputs>> {
  const sources = editionSources(edition);
  const values: Values = new Map();
  await elementValues(
    db,
    sources.elements,
    units.map((u) => u.id),
    period,
    values,
  );
  await indicatorValues(db, sources.indicators, units, period, values);
  const out = new Map<number, UnitInputs>();
  for (const unit of units) {
    const found = values.get(unit.id) ?? new Map<string, ComponentValue>();
    const published = new Map<string, number>();
    const components = new Map<string, ComponentValue>();
    for (const main of edition.mainIndices) {
      const p = main.publishedElement ? found.get(`element:${main.publishedElement}`) : undefined;
      if (typeof p === 'number') published.set(main.code, p);
      for (const component of main.components) {
        const source = component.source;
        if (!source) continue;
        const v = found.get('indicator' in source ? `indicator:${source.indicator}` : `element:${source.element}`);
        if (v === undefined || v === null) continue;
        components.set(component.code, typeof v === 'number' && source.scale !== undefined ? v * source.scale : v);
      }
    }
    out.set(unit.id, { published, components });
  }
  return out;
}
