/**
 * Published rows → the results of a published run, checked whole: codes of units (at the run's date), main
 * indices and pillars must exist; values are 0..1, ranks 1..(units of the level), no unit twice, `derived` names
 * only figures the row has, a total beside all its main indices must equal Σ value × max / total (±0,0005, the
 * published rounding), a stated rank change must agree with the compared run. Then per unit:
 * - the total as published, else Σ of the main indices when all scored ones are given (marked derived);
 * - the rank as published; when the file ranks nobody but covers every unit of the level, ranks with ties
 *   (1, 2, 2, 4) over the totals (marked derived); else none — a partial table is not re-ranked;
 * - the rank change as published, else against the previous edition's published run, except for a unit formed
 *   by a merger: its predecessors were ranked among other units (63 provinces, not 34), so the change is left
 *   empty and the predecessors are listed (the merged-unit rule of the 2024 edition);
 * - the grade from the edition's bands.
 */
import { totalFromMainIndices } from '../framework.ts';
import { gradeFor, rankWithTies } from '../ranking.ts';
import type { UnitResult } from './run-types.ts';
import type { ScoredMainIndex, ScoredPart } from './score-inputs.ts';
import type { EditionDefinition } from './types.ts';
import type { PublishedFigure } from './published-file.ts';
import { problem, type PublishedProblem } from './published-problems.ts';

export const PUBLISHED_LIMITS = { rows: 20_000 } as const;
const TOTAL_TOLERANCE = 0.0005;

export interface PublishedContext {
  /** The units of the level in force at the run's date: code → name. */
  units: ReadonlyMap<string, string>;
  /** Ranks in the compared run (the previous edition's published run), by unit code. */
  previousRanks: ReadonlyMap<string, number | null>;
  /** Units formed by a merger (as of the run's date): code → predecessor codes. */
  predecessors: ReadonlyMap<string, readonly string[]>;
  /** For messages: "cấp province ngày 2022-12-31". */
  where: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class RowChecker {
  readonly problems: PublishedProblem[] = [];
  constructor(private readonly max: number) {}

  number(v: unknown, path: string, kind: 'value' | 'rank' | 'change'): number | null {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.problems.push(problem('not_a_number', path, `${JSON.stringify(v)} không phải là số`, 'not a number'));
      return null;
    }
    if (kind !== 'value' && !Number.isInteger(v)) {
      this.problems.push(problem('not_an_integer', path, `${v} không phải số nguyên`, 'not an integer'));
      return null;
    }
    const [lo, hi] = kind === 'value' ? [0, 1] : kind === 'rank' ? [1, this.max] : [-(this.max - 1), this.max - 1];
    if (v < lo || v > hi) {
      this.problems.push(problem('out_of_range', path, `${v} ngoài khoảng ${lo}..${hi}`, `outside ${lo}..${hi}`));
      return null;
    }
    return v;
  }

  figures(raw: unknown, path: string, known: ReadonlySet<string>): Map<string, { value: number | null; rank: number | null }> {
    const out = new Map<string, { value: number | null; rank: number | null }>();
    if (raw === undefined || raw === null) return out;
    if (!isObject(raw)) {
      this.problems.push(problem('not_an_object', path, 'cần một đối tượng {mã: {value, rank}}', 'expected {code: {value, rank}}'));
      return out;
    }
    for (const [code, figure] of Object.entries(raw)) {
      if (!known.has(code)) {
        this.problems.push(problem('unknown_code', `${path}.${code}`, `không có mã ${code} trong phiên bản`, `no such code in the edition`));
        continue;
      }
      const f = (isObject(figure) ? figure : { value: figure }) as PublishedFigure;
      out.set(code, { value: this.number(f.value, `${path}.${code}.value`, 'value'), rank: this.number(f.rank, `${path}.${code}.rank`, 'rank') });
    }
    return out;
  }
}

interface CheckedRow {
  unit: string;
  score: number | null;
  rank: number | null;
  rankChange: number | null;
  mainIndices: Map<string, { value: number | null; rank: number | null }>;
  pillars: Map<string, { value: number | null; rank: number | null }>;
  derived: string[];
  note: string | null;
}

/** The figure names a row has, as `derived` may list them. */
function fieldsOf(row: CheckedRow): Set<string> {
  const fields = new Set<string>();
  if (row.score !== null) fields.add('score');
  if (row.rank !== null) fields.add('rank');
  if (row.rankChange !== null) fields.add('rankChange');
  for (const [group, map] of [
    ['mainIndices', row.mainIndices],
    ['pillars', row.pillars],
  ] as const)
    for (const [code, f] of map) {
      if (f.value !== null) fields.add(`${group}.${code}.value`);
      if (f.rank !== null) fields.add(`${group}.${code}.rank`);
    }
  return fields;
}

export function buildPublishedResults(
  edition: EditionDefinition,
  rows: readonly unknown[],
  context: PublishedContext,
): { results: UnitResult[]; problems: PublishedProblem[] } {
  const check = new RowChecker(Math.max(context.units.size, 1));
  if (rows.length > PUBLISHED_LIMITS.rows)
    return { results: [], problems: [problem('too_many_rows', 'results', `quá ${PUBLISHED_LIMITS.rows} dòng`, `more than ${PUBLISHED_LIMITS.rows} rows`)] };
  const mainCodes = new Set(edition.mainIndices.map((m) => m.code));
  const pillarCodes = new Set(edition.pillars.map((p) => p.code));
  const seen = new Map<string, number>();
  const checked: CheckedRow[] = [];
  rows.forEach((raw, i) => {
    const path = `results[${i}]`;
    if (!isObject(raw)) return check.problems.push(problem('not_an_object', path, 'cần một đối tượng {unit, score, rank, …}', 'expected an object'));
    const unit = typeof raw.unit === 'string' ? raw.unit.trim() : '';
    if (unit === '') return check.problems.push(problem('missing_unit', `${path}.unit`, 'thiếu mã đơn vị', 'no unit code'));
    if (!context.units.has(unit)) check.problems.push(problem('unknown_unit', `${path}.unit`, `không có đơn vị mã ${unit} ${context.where}`, `no such unit`));
    if (seen.has(unit))
      check.problems.push(problem('duplicate_unit', `${path}.unit`, `đơn vị ${unit} đã có ở dòng results[${seen.get(unit)}]`, 'the unit appears twice'));
    else seen.set(unit, i);
    const before = check.problems.length;
    const row: CheckedRow = {
      unit,
      score: check.number(raw.score, `${path}.score`, 'value'),
      rank: check.number(raw.rank, `${path}.rank`, 'rank'),
      rankChange: check.number(raw.rankChange, `${path}.rankChange`, 'change'),
      mainIndices: check.figures(raw.mainIndices, `${path}.mainIndices`, mainCodes),
      pillars: check.figures(raw.pillars, `${path}.pillars`, pillarCodes),
      derived: Array.isArray(raw.derived) ? raw.derived.filter((d): d is string => typeof d === 'string') : [],
      note: typeof raw.note === 'string' && raw.note.trim() !== '' ? raw.note.trim() : null,
    };
    const fields = fieldsOf(row);
    // A row whose figures were all refused already says why; one with none at all is empty.
    if (fields.size === 0 && check.problems.length === before)
      check.problems.push(problem('empty_row', path, `dòng của ${unit} không có số liệu nào`, 'the row has no figure'));
    for (const d of row.derived)
      if (!fields.has(d))
        check.problems.push(problem('unknown_field', `${path}.derived`, `"${d}" không phải số liệu của dòng này`, 'not a figure of this row'));
    checked.push(row);
  });
  if (check.problems.length) return { results: [], problems: check.problems };
  return finish(edition, checked, context);
}

function finish(edition: EditionDefinition, rows: CheckedRow[], context: PublishedContext) {
  const problems: PublishedProblem[] = [];
  const scored = edition.mainIndices.filter((m) => m.scored !== false);
  const totals = rows.map((row, i) => {
    const values = new Map([...row.mainIndices].filter(([, f]) => f.value !== null).map(([code, f]) => [code, f.value as number]));
    const complete = scored.every((m) => values.has(m.code));
    const sum = complete ? totalFromMainIndices(edition, values).score : null;
    if (row.score !== null && sum !== null && Math.abs(sum - row.score) > TOTAL_TOLERANCE)
      problems.push(
        problem('total_mismatch', `results[${i}].score`, `tổng ${row.score} khác Σ chỉ số chính ${sum.toFixed(4)}`, `total differs from the main indices' sum`),
      );
    return { score: row.score ?? sum, derivedScore: row.score === null && sum !== null };
  });
  const anyRank = rows.some((r) => r.rank !== null);
  const covers = rows.length === context.units.size && totals.every((t) => t.score !== null);
  const computed = !anyRank && covers ? rankWithTies(rows.map((r, i) => ({ key: r.unit, score: totals[i]!.score }))) : null;
  const results = rows.map((row, i): UnitResult => {
    const { score, derivedScore } = totals[i]!;
    const derived = new Set(row.derived);
    if (derivedScore) derived.add('score');
    const rank = row.rank ?? computed?.[i]?.rank ?? null;
    if (row.rank === null && rank !== null) derived.add('rank');
    const predecessors = context.predecessors.get(row.unit) ?? null;
    const previous = predecessors ? undefined : context.previousRanks.get(row.unit);
    const change = previous != null && rank !== null ? previous - rank : null;
    if (row.rankChange !== null && change !== null && row.rankChange !== change)
      problems.push(
        problem(
          'rank_change_mismatch',
          `results[${i}].rankChange`,
          `thay đổi ${row.rankChange} bậc khác với hạng kỳ trước ${previous} → ${rank}`,
          `the stated change disagrees with the previous published rank`,
        ),
      );
    const grade = gradeFor(score, edition.grades);
    const part = (f: { value: number | null; rank: number | null } | undefined, max: number) => ({
      points: (f?.value ?? 0) * max,
      maxPoints: max,
      value: f?.value ?? null,
      ...(f?.rank != null ? { rank: f.rank } : {}),
    });
    const mainIndices = edition.mainIndices.map((m): ScoredMainIndex => {
      const f = row.mainIndices.get(m.code);
      return { code: m.code, ...part(f, m.maxPoints), basis: f?.value != null ? 'published' : 'none' };
    });
    const pillars = edition.pillars.map((p): ScoredPart => ({ code: p.code, ...part(row.pillars.get(p.code), 0) }));
    const total = totalFromMainIndices(edition, new Map());
    return {
      unitCode: row.unit,
      unitName: context.units.get(row.unit) ?? row.unit,
      points: (score ?? 0) * total.maxPoints,
      maxPoints: total.maxPoints,
      score,
      rank,
      rankChange: row.rankChange ?? change,
      grade: grade ? { code: grade.code, label: grade.label } : null,
      mainIndices,
      pillars,
      components: [],
      missing: [],
      predecessors: predecessors ? [...predecessors] : null,
      derived: [...derived].sort(),
      note: row.note,
    };
  });
  return { results: problems.length ? [] : results, problems };
}
