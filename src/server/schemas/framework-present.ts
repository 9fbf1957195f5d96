/** Shapes the compute layer's runs and results for the API (names from the edition, `max` for maxima). */
import type { UnitDiff } from '../../domain/frameworks/run-diff.ts';
import type { UnitResult } from '../../domain/frameworks/run-types.ts';
import type { EditionDefinition } from '../../domain/frameworks/types.ts';
import { totalPoints } from '../../domain/framework.ts';

export function presentEdition(edition: EditionDefinition) {
  return { ...edition, maxPoints: totalPoints(edition) };
}

export function presentResult(edition: EditionDefinition, r: UnitResult) {
  const mainNames = new Map(edition.mainIndices.map((m) => [m.code, m.name]));
  const pillarNames = new Map(edition.pillars.map((p) => [p.code, p.name]));
  return {
    unit: { code: r.unitCode, name: r.unitName },
    points: r.points,
    max: r.maxPoints,
    score: r.score,
    rank: r.rank,
    rankChange: r.rankChange,
    grade: r.grade,
    mainIndices: r.mainIndices.map((m) => ({
      code: m.code,
      name: mainNames.get(m.code) ?? m.code,
      points: m.points,
      max: m.maxPoints,
      value: m.value,
      basis: m.basis,
      rank: m.rank ?? null,
    })),
    pillars: r.pillars.map((p) => ({
      code: p.code,
      name: pillarNames.get(p.code) ?? p.code,
      points: p.points,
      max: p.maxPoints,
      value: p.value,
      rank: p.rank ?? null,
    })),
    components: r.components,
    missing: r.missing,
    predecessors: r.predecessors,
    derived: r.derived ?? [],
    note: r.note ?? null,
  };
}

export function presentDiff(d: UnitDiff) {
  const { unitCode, unitName, ...rest } = d;
  return { unit: { code: unitCode, name: unitName }, ...rest };
}
