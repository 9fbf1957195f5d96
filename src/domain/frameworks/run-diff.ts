/**
 * What changed between two revisions of a score run, per unit: score and rank before/after, and which
 * main indices and components changed. Published results are frozen, so this is how a correction shows.
 */
import type { ComponentValue } from '../scoring-rules.ts';

export interface DiffableResult {
  unitCode: string;
  unitName: string;
  score: number | null;
  rank: number | null;
  mainIndices: ReadonlyArray<{ code: string; value: number | null }>;
  components: ReadonlyArray<{ code: string; value: ComponentValue; points: number | null }>;
}

export interface PartChange<V> {
  code: string;
  before: V | null;
  after: V | null;
}

export interface UnitDiff {
  unitCode: string;
  unitName: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  scoreBefore: number | null;
  scoreAfter: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  mainIndices: Array<PartChange<number>>;
  components: Array<PartChange<{ value: ComponentValue; points: number | null }>>;
}

/** Values equal at the published precision (1e-9 absorbs float noise only). */
const same = (a: number | null | undefined, b: number | null | undefined) => (a ?? null) === (b ?? null) || (a != null && b != null && Math.abs(a - b) < 1e-9);

/** One entry per unit of either side, in the order of `after` then units only in `before`. */
export function diffResults(before: readonly DiffableResult[], after: readonly DiffableResult[]): UnitDiff[] {
  const old = new Map(before.map((r) => [r.unitCode, r]));
  const seen = new Set<string>();
  const out: UnitDiff[] = [];
  for (const a of after) {
    seen.add(a.unitCode);
    out.push(diffUnit(old.get(a.unitCode), a));
  }
  for (const b of before) if (!seen.has(b.unitCode)) out.push(diffUnit(b, undefined));
  return out;
}

function diffUnit(b: DiffableResult | undefined, a: DiffableResult | undefined): UnitDiff {
  const r = (a ?? b) as DiffableResult;
  const mainBefore = new Map((b?.mainIndices ?? []).map((m) => [m.code, m.value]));
  const mainAfter = new Map((a?.mainIndices ?? []).map((m) => [m.code, m.value]));
  const mainIndices = [...new Set([...mainBefore.keys(), ...mainAfter.keys()])]
    .filter((code) => !same(mainBefore.get(code), mainAfter.get(code)))
    .map((code) => ({ code, before: mainBefore.get(code) ?? null, after: mainAfter.get(code) ?? null }));
  const compBefore = new Map((b?.components ?? []).map((c) => [c.code, { value: c.value, points: c.points }]));
  const compAfter = new Map((a?.components ?? []).map((c) => [c.code, { value: c.value, points: c.points }]));
  const components = [...new Set([...compBefore.keys(), ...compAfter.keys()])]
    .filter((code) => {
      const x = compBefore.get(code);
      const y = compAfter.get(code);
      return !x || !y || x.value !== y.value || !same(x.points, y.points);
    })
    .map((code) => ({ code, before: compBefore.get(code) ?? null, after: compAfter.get(code) ?? null }));
  const scoreBefore = b?.score ?? null;
  const scoreAfter = a?.score ?? null;
  const rankBefore = b?.rank ?? null;
  const rankAfter = a?.rank ?? null;
  let change: UnitDiff['change'] = 'unchanged';
  if (!b) change = 'added';
  else if (!a) change = 'removed';
  else if (!same(scoreBefore, scoreAfter) || rankBefore !== rankAfter || mainIndices.length > 0 || components.length > 0) change = 'changed';
  return { unitCode: r.unitCode, unitName: r.unitName, change, scoreBefore, scoreAfter, rankBefore, rankAfter, mainIndices, components };
}
