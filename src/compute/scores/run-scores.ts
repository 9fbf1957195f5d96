/**
 * Computes a score run for an edition, a level and a period, and stores it as a draft (over the current
 * draft, or as the next revision after a published one). Per unit: points, score, main indices, pillars,
 * rank with ties (1, 2, 2, 4), rank change against the previous edition's published run, grade.
 */
import type { Store } from '../../store/db.ts';
import { frameworkExists, getEdition, listEditionIds, type StoredEdition } from '../../store/frameworks/repo.ts';
import { latestPublishedRun, listRunResults, saveRun } from '../../store/frameworks/score-runs.ts';
import { mergePredecessors, unitsForRun, type RunUnit } from '../../store/frameworks/score-run-inputs.ts';
import { averageOfScoredUnits, scoreUnitInputs, type ScoredUnit, type UnitInputs } from '../../domain/frameworks/score-inputs.ts';
import { MERGED_UNIT_RULES, type MergedUnitRule, type RunOptions, type ScoreRun, type UnitResult } from '../../domain/frameworks/run-types.ts';
import { FRAMEWORK_LEVELS } from '../../domain/frameworks/types.ts';
import { gradeFor, rankChange, rankWithTies } from '../../domain/ranking.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { ScoringError } from '../../domain/scoring-rules.ts';
import { loadUnitInputs } from './unit-inputs.ts';
import { appError } from '../../domain/errors.ts';
import { badRunInput } from './run-input-error.ts';

export interface RunScoresInput {
  framework: string;
  edition: string;
  /** Default: the framework's level. */
  level?: string;
  period: string;
  units?: string[];
  /** The date the unit tree is seen at (default: the period's last day). */
  at?: string;
  mergedUnitRule?: MergedUnitRule;
  /** Who asked (user name); 'system' by default. */
  createdBy?: string;
}

export interface RunScoresResult {
  run: ScoreRun;
  results: UnitResult[];
}

/** Loads the edition or throws framework_not_found / edition_not_found. */
export async function requireEdition(store: Store, framework: string, edition: string): Promise<StoredEdition> {
  const stored = await getEdition(store.db, framework, edition);
  if (stored) return stored;
  if (!(await frameworkExists(store.db, framework))) throw appError('FRAMEWORK_NOT_FOUND', { code: framework });
  throw appError('EDITION_NOT_FOUND', { code: framework, edition });
}

export async function runScores(store: Store, input: RunScoresInput, now: Date = new Date()): Promise<RunScoresResult> {
  const stored = await requireEdition(store, input.framework, input.edition);
  const edition = stored.edition;
  const level = input.level ?? stored.framework.level;
  if (!(FRAMEWORK_LEVELS as readonly string[]).includes(level))
    throw badRunInput('level', `Cấp '${level}' không hợp lệ (${FRAMEWORK_LEVELS.join(', ')}) / invalid level`);
  if (input.mergedUnitRule !== undefined && !MERGED_UNIT_RULES.includes(input.mergedUnitRule)) {
    throw badRunInput('mergedUnitRule', `Quy tắc '${input.mergedUnitRule}' không hợp lệ / unknown merged-unit rule`);
  }
  let periodEnd: string;
  try {
    periodEnd = parsePeriod(input.period).end;
  } catch (error) {
    throw badRunInput('period', (error as Error).message);
  }
  const options: RunOptions = {
    at: input.at ?? periodEnd,
    ...(input.units ? { units: [...input.units].sort() } : {}),
    ...(input.mergedUnitRule ? { mergedUnitRule: input.mergedUnitRule } : {}),
  };

  let units = await unitsForRun(store.db, level, options.at);
  if (options.units) {
    const wanted = new Set(options.units);
    const unknown = options.units.filter((code) => !units.some((u) => u.code === code));
    if (unknown.length > 0) throw badRunInput('units', `Không có đơn vị cấp ${level} vào ngày ${options.at}: ${unknown.join(', ')} / unknown units`);
    units = units.filter((u) => wanted.has(u.code));
  }

  const predecessors = options.mergedUnitRule
    ? await mergePredecessors(
        store.db,
        units.map((u) => u.id),
      )
    : new Map<number, RunUnit[]>();
  const all = new Map([...units, ...[...predecessors.values()].flat()].map((u) => [u.id, u]));
  const inputs = await loadUnitInputs(store.db, edition, [...all.values()], input.period);
  const score = (unit: RunUnit): ScoredUnit => {
    try {
      return scoreUnitInputs(edition, inputs.get(unit.id) as UnitInputs);
    } catch (error) {
      if (error instanceof ScoringError) throw badRunInput(unit.code, `Đơn vị ${unit.code} (${unit.name}): ${error.message}`);
      throw error;
    }
  };

  const scored = units.map((unit) => {
    const preds = predecessors.get(unit.id);
    if (preds && preds.length > 0) return { unit, scored: averageOfScoredUnits(edition, preds.map(score)), predecessors: preds.map((p) => p.code) };
    return { unit, scored: score(unit), predecessors: null };
  });

  const compareRun = await findCompareRun(store, stored, level);
  const previousRanks = new Map((compareRun ? await listRunResults(store.db, compareRun.id) : []).map((r) => [r.unitCode, r.rank]));
  const ranks = rankWithTies(scored.map((s) => ({ key: s.unit.code, score: s.scored.score })));
  const results = scored.map(({ unit, scored: s, predecessors: preds }, i): UnitResult => {
    const rank = ranks[i]!.rank;
    const grade = gradeFor(s.score, edition.grades);
    return {
      unitCode: unit.code,
      unitName: unit.name,
      points: s.points,
      maxPoints: s.maxPoints,
      score: s.score,
      rank,
      rankChange: rankChange(previousRanks.get(unit.code), rank),
      grade: grade ? { code: grade.code, label: grade.label } : null,
      mainIndices: s.mainIndices,
      pillars: s.pillars,
      components: s.components,
      missing: s.missing,
      predecessors: preds,
    };
  });
  const run = await saveRun(
    store.db,
    {
      editionId: stored.id,
      level,
      period: input.period,
      options,
      definition: JSON.stringify(edition),
      compareRunId: compareRun?.id ?? null,
      createdBy: input.createdBy ?? 'system',
      results,
    },
    now,
  ).catch((error: unknown) => {
    // Two runs of the same key at once: the second loses the race for the revision number.
    const code = (error as { code?: unknown } | null)?.code;
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE')
      throw appError('CONFLICT', { reason: 'Một lượt chấm điểm khác đang ghi cùng kỳ; thử lại / another run of the same period is being written; retry' });
    throw error;
  });
  return { run, results: await listRunResults(store.db, run.id) };
}

/** The previous edition's latest published run at the level (declared previousEdition, else the edition before in order). */
export async function findCompareRun(store: Store, stored: StoredEdition, level: string): Promise<ScoreRun | null> {
  const editions = await listEditionIds(store.db, stored.framework.code);
  const declared = stored.edition.previousEdition;
  const index = editions.findIndex((e) => e.id === stored.id);
  const previous = declared !== undefined ? editions.find((e) => e.edition === declared) : index > 0 ? editions[index - 1] : undefined;
  return previous ? latestPublishedRun(store.db, previous.id, level) : null;
}
