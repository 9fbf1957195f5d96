/** Shapes the compute layer's runs and results for the API (names from the edition, `max` for maxima). */
import type { UnitDiff } from '../../domain/frameworks/run-diff.ts';
import type { UnitResult } from '../../domain/frameworks/run-types.ts';
import type { EditionDefinition } from '../../domain/frameworks/types.ts';
import { totalPoints } from '../../domain/framework.ts';
import { ScoreRunError } from '../../compute/scores/score-run-error.ts';
import { appError, type AppError } from '../../domain/errors.ts';

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
    mainIndices: r.mainIndices.map((m) => ({ code: m.code, name: mainNames.get(m.code) ?? m.code, points: m.points, max: m.maxPoints, value: m.value, basis: m.basis })),
    pillars: r.pillars.map((p) => ({ code: p.code, name: pillarNames.get(p.code) ?? p.code, points: p.points, max: p.maxPoints, value: p.value })),
    components: r.components,
    missing: r.missing,
    predecessors: r.predecessors,
  };
}

export function presentDiff(d: UnitDiff) {
  const { unitCode, unitName, ...rest } = d;
  return { unit: { code: unitCode, name: unitName }, ...rest };
}

/** The API error for a compute-layer failure, or null when it is not one. */
export function scoreRunApiError(error: unknown, code: string, edition: string): AppError | null {
  if (!(error instanceof ScoreRunError)) return null;
  switch (error.kind) {
    case 'framework_not_found':
      return appError('FRAMEWORK_NOT_FOUND', { code });
    case 'edition_not_found':
      return appError('EDITION_NOT_FOUND', { code, edition });
    case 'run_not_found':
      return appError('SCORE_RUN_NOT_FOUND', { reason: error.message });
    case 'not_draft':
      return appError('INVALID_TRANSITION', { reason: error.message });
    case 'conflict':
      return appError('CONFLICT', { reason: error.message });
    case 'invalid_input':
      return appError('BAD_REQUEST', { field: error.field ?? '(body)', reason: error.message }, [{ field: error.field ?? '(body)', message: error.message }]);
  }
}
