/**
 * Scores one unit of an edition from what is known of it: published main-index values (used as they are,
 * as the national DTI publishes them) and component values (scored by their rules). Unlike scoreUnit in
 * ../framework.ts, a main index with no data at all is `null` (shown as "no data"), not 0, and a unit
 * with no data at all has no score (it is listed, not ranked).
 */
import { averageOfPredecessors, totalFromMainIndices } from '../framework.ts';
import { scoreComponent, type ComponentValue } from '../scoring-rules.ts';
import type { EditionDefinition } from './types.ts';

export type MainIndexBasis = 'published' | 'components' | 'average_of_predecessors' | 'none';

export interface UnitInputs {
  /** Component values by component code. */
  components: ReadonlyMap<string, ComponentValue>;
  /** Published main-index values (0..1) by main-index code. */
  published: ReadonlyMap<string, number>;
}

export interface ScoredPart {
  code: string;
  points: number;
  maxPoints: number;
  /** points / maxPoints (0..1); null without data. */
  value: number | null;
  /** The rank as published for this part (imported runs); absent when computed or not published. */
  rank?: number | null;
}

export interface ScoredMainIndex extends ScoredPart {
  basis: MainIndexBasis;
}

export interface ScoredComponent {
  code: string;
  value: ComponentValue;
  /** null when the value is missing. */
  points: number | null;
}

export interface ScoredUnit {
  points: number;
  maxPoints: number;
  /** points / maxPoints; null when the unit has no data at all. */
  score: number | null;
  mainIndices: ScoredMainIndex[];
  pillars: ScoredPart[];
  components: ScoredComponent[];
  /** Codes of components (of main indices scored from components) without a value. */
  missing: string[];
}

export function scoreUnitInputs(edition: EditionDefinition, inputs: UnitInputs): ScoredUnit {
  const missing: string[] = [];
  const components: ScoredComponent[] = [];
  const pillarAcc = new Map<string, { points: number; max: number; any: boolean }>();
  const mainValues = new Map<string, number>();
  const basis = new Map<string, MainIndexBasis>();
  for (const main of edition.mainIndices) {
    const published = inputs.published.get(main.code);
    if (published !== undefined) {
      mainValues.set(main.code, published);
      basis.set(main.code, 'published');
      continue;
    }
    let points = 0;
    let max = 0;
    let any = false;
    for (const component of main.components) {
      const value = inputs.components.get(component.code) ?? null;
      const p = scoreComponent(component.rule, value, component.maxPoints);
      components.push({ code: component.code, value, points: p });
      if (p === null) missing.push(component.code);
      else any = true;
      points += p ?? 0;
      max += component.maxPoints;
      for (const pillar of component.pillars ?? []) {
        const acc = pillarAcc.get(pillar) ?? { points: 0, max: 0, any: false };
        acc.points += p ?? 0;
        acc.max += component.maxPoints;
        acc.any ||= p !== null;
        pillarAcc.set(pillar, acc);
      }
    }
    if (any) mainValues.set(main.code, max === 0 ? 0 : points / max);
    basis.set(main.code, any ? 'components' : 'none');
  }
  const pillars = edition.pillars.map((p): ScoredPart => {
    const acc = pillarAcc.get(p.code);
    if (!acc?.any) return { code: p.code, points: 0, maxPoints: acc?.max ?? 0, value: null };
    return { code: p.code, points: acc.points, maxPoints: acc.max, value: acc.max === 0 ? 0 : acc.points / acc.max };
  });
  return { ...fromMainValues(edition, mainValues, basis), pillars, components, missing };
}

/**
 * The rule of the official 2024 ranking for a unit formed by a merger: each main index (and pillar) is the
 * average of its predecessors' values; predecessors without a value for an index are left out of its average.
 */
export function averageOfScoredUnits(edition: EditionDefinition, predecessors: readonly ScoredUnit[]): ScoredUnit {
  const known = (parts: ScoredPart[]) => new Map(parts.filter((p) => p.value !== null).map((p) => [p.code, p.value as number]));
  const mainValues = averageOfPredecessors(predecessors.map((p) => known(p.mainIndices)));
  const pillarValues = averageOfPredecessors(predecessors.map((p) => known(p.pillars)));
  const basis = new Map(edition.mainIndices.map((m) => [m.code, mainValues.has(m.code) ? ('average_of_predecessors' as const) : ('none' as const)]));
  const pillars = edition.pillars.map((p): ScoredPart => {
    const value = pillarValues.get(p.code) ?? null;
    const max = pillarMax(edition, p.code);
    return { code: p.code, points: (value ?? 0) * max, maxPoints: max, value };
  });
  return { ...fromMainValues(edition, mainValues, basis), pillars, components: [], missing: [] };
}

function fromMainValues(edition: EditionDefinition, values: Map<string, number>, basis: Map<string, MainIndexBasis>) {
  const total = totalFromMainIndices(edition, values);
  const scoredCodes = edition.mainIndices.filter((m) => m.scored !== false).map((m) => m.code);
  const hasData = scoredCodes.some((code) => values.has(code));
  return {
    points: total.points,
    maxPoints: total.maxPoints,
    score: hasData ? total.score : null,
    mainIndices: total.mainIndices.map((m) => ({
      code: m.code,
      points: m.points,
      maxPoints: m.maxPoints,
      value: values.has(m.code) ? m.value : null,
      basis: basis.get(m.code) ?? 'none',
    })),
  };
}

function pillarMax(edition: EditionDefinition, pillar: string): number {
  let max = 0;
  for (const main of edition.mainIndices) for (const c of main.components) if (c.pillars?.includes(pillar)) max += c.maxPoints;
  return max;
}
