/**
 * A scoring framework edition (bộ chỉ số, e.g. DTI cấp tỉnh 2022 under 922/QĐ-BTTTT): main indices with
 * maximum points, each made of scored components. Main index value = points / max; total score =
 * points / total points of scored main indices (1,000 for the provincial DTI); pillars (chính quyền số,
 * kinh tế số, xã hội số) are computed from component tags, separately from the total.
 */
import { scoreComponent, type ComponentValue, type ScoringRule } from './scoring-rules.ts';

export interface FrameworkComponent {
  code: string;
  name: string;
  maxPoints: number;
  rule: ScoringRule;
  /** Pillar codes this component counts towards. */
  pillars?: string[];
}

export interface MainIndex {
  code: string;
  name: string;
  maxPoints: number;
  /** false for an index that is published but not part of the total (Đô thị thông minh in 2022). */
  scored?: boolean;
  components: FrameworkComponent[];
}

export interface FrameworkEdition {
  framework: string;
  edition: string;
  name: string;
  legalBasis: string;
  mainIndices: MainIndex[];
  pillars: Array<{ code: string; name: string }>;
}

export interface PartScore {
  code: string;
  points: number;
  maxPoints: number;
  /** points / maxPoints, 0..1. */
  value: number;
}

export interface UnitScore {
  points: number;
  maxPoints: number;
  score: number;
  mainIndices: PartScore[];
  pillars: PartScore[];
  /** Components without a value (they scored nothing). */
  missing: string[];
}

export function totalPoints(edition: FrameworkEdition): number {
  return edition.mainIndices.filter((m) => m.scored !== false).reduce((sum, m) => sum + m.maxPoints, 0);
}

/** Scores one unit from its component values (keyed by component code). */
export function scoreUnit(edition: FrameworkEdition, values: ReadonlyMap<string, ComponentValue>): UnitScore {
  const missing: string[] = [];
  const pillarPoints = new Map<string, { points: number; max: number }>();
  const mainIndices = edition.mainIndices.map((main) => {
    const componentMax = main.components.reduce((s, c) => s + c.maxPoints, 0);
    let points = 0;
    for (const component of main.components) {
      const p = scoreComponent(component.rule, values.get(component.code) ?? null, component.maxPoints);
      if (p === null) missing.push(component.code);
      points += p ?? 0;
      for (const pillar of component.pillars ?? []) {
        const acc = pillarPoints.get(pillar) ?? { points: 0, max: 0 };
        acc.points += p ?? 0;
        acc.max += component.maxPoints;
        pillarPoints.set(pillar, acc);
      }
    }
    // Components may be weighted on their own scale: the main index keeps its declared maximum.
    const value = componentMax === 0 ? 0 : points / componentMax;
    return { code: main.code, points: value * main.maxPoints, maxPoints: main.maxPoints, value };
  });
  const pillars = edition.pillars.map((p) => {
    const acc = pillarPoints.get(p.code) ?? { points: 0, max: 0 };
    return { code: p.code, points: acc.points, maxPoints: acc.max, value: acc.max === 0 ? 0 : acc.points / acc.max };
  });
  return { ...totalFromMainIndices(edition, new Map(mainIndices.map((m) => [m.code, m.value]))), pillars, missing };
}

/** Total from main-index values (0..1) as published: the DTI of a province is Σ value × max / 1,000. */
export function totalFromMainIndices(edition: FrameworkEdition, values: ReadonlyMap<string, number>): Omit<UnitScore, 'pillars' | 'missing'> {
  const mainIndices = edition.mainIndices.map((m) => {
    const value = values.get(m.code) ?? 0;
    return { code: m.code, points: value * m.maxPoints, maxPoints: m.maxPoints, value };
  });
  const scoredCodes = new Set(edition.mainIndices.filter((m) => m.scored !== false).map((m) => m.code));
  const points = mainIndices.filter((m) => scoredCodes.has(m.code)).reduce((s, m) => s + m.points, 0);
  const max = totalPoints(edition);
  return { points, maxPoints: max, score: max === 0 ? 0 : points / max, mainIndices };
}

/**
 * The rule of the official 2024 ranking for a unit formed by a merger: each main index is the average of
 * its predecessors' values for that index.
 */
export function averageOfPredecessors(predecessors: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const values of predecessors) {
    for (const [code, value] of values) {
      const acc = sums.get(code) ?? { total: 0, count: 0 };
      acc.total += value;
      acc.count += 1;
      sums.set(code, acc);
    }
  }
  return new Map([...sums].map(([code, { total, count }]) => [code, total / count]));
}
