/**
 * Reads the inputs of an edition for some units and one period: published main-index values and the
 * values of element-bound components (current versions, scaled). Indicator-bound components need the
 * compute engine's computeIndicator, which does not exist yet: they fail loudly (TODO below), never
 * silently score nothing.
 */
import type { Kysely } from 'kysely';
import type { UnitInputs } from '../../domain/frameworks/score-inputs.ts';
import type { EditionDefinition } from '../../domain/frameworks/types.ts';
import type { ComponentValue } from '../../domain/scoring-rules.ts';
import type { Database } from '../../store/schema.ts';
import { elementIdsByCode } from '../../store/score-runs-inputs.ts';
import { listCurrentValues } from '../../store/values-repo.ts';
import { ScoreRunError } from './score-run-error.ts';

const CHUNK = 500;

/** Element codes an edition reads; throws for indicator-bound components (not computable yet). */
export function editionElements(edition: EditionDefinition): string[] {
  const codes = new Set<string>();
  for (const main of edition.mainIndices) {
    if (main.publishedElement) codes.add(main.publishedElement);
    for (const component of main.components) {
      const source = component.source;
      if (!source) continue;
      if ('indicator' in source) {
        // TODO(issue 4, compute engine): use computeIndicator from src/compute/ once it exists.
        throw new ScoreRunError(
          'not_implemented',
          `Thành phần ${component.code} lấy từ chỉ tiêu ${source.indicator}: chưa tính được chỉ tiêu trong lần chấm điểm (chờ computeIndicator) / indicator-bound components are not computable yet (waiting for computeIndicator)`,
          component.code,
        );
      }
      codes.add(source.element);
    }
  }
  return [...codes];
}

export async function loadUnitInputs(db: Kysely<Database>, edition: EditionDefinition, unitIds: readonly number[], period: string): Promise<Map<number, UnitInputs>> {
  const codes = editionElements(edition);
  const ids = await elementIdsByCode(db, codes);
  const absent = codes.filter((c) => !ids.has(c));
  if (absent.length > 0) {
    throw new ScoreRunError('invalid_input', `Chưa có phần tử dữ liệu: ${absent.join(', ')} (chạy "dx-ioc frameworks load") / data elements missing`, 'edition');
  }
  const codeById = new Map([...ids].map(([code, id]) => [id, code]));
  const byUnit = new Map<number, Map<string, ComponentValue>>();
  const elementIds = [...ids.values()];
  for (let i = 0; i < unitIds.length; i += CHUNK) {
    const values = elementIds.length === 0 ? [] : await listCurrentValues(db, { elementIds, unitIds: unitIds.slice(i, i + CHUNK), periods: [period] });
    for (const v of values) {
      const map = byUnit.get(v.unitId) ?? new Map<string, ComponentValue>();
      map.set(codeById.get(v.elementId)!, v.value);
      byUnit.set(v.unitId, map);
    }
  }
  const out = new Map<number, UnitInputs>();
  for (const unitId of unitIds) {
    const values = byUnit.get(unitId) ?? new Map<string, ComponentValue>();
    const published = new Map<string, number>();
    const components = new Map<string, ComponentValue>();
    for (const main of edition.mainIndices) {
      const p = main.publishedElement ? values.get(main.publishedElement) : undefined;
      if (typeof p === 'number') published.set(main.code, p);
      for (const component of main.components) {
        const source = component.source;
        if (!source || !('element' in source)) continue;
        const v = values.get(source.element);
        if (v === undefined || v === null) continue;
        components.set(component.code, typeof v === 'number' && source.scale !== undefined ? v * source.scale : v);
      }
    }
    out.set(unitId, { published, components });
  }
  return out;
}
