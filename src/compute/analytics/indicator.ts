/**
 * An indicator for some units at one or more periods, in one of two views, read from the units' totals
 * (unit-totals.ts: own values + stored inflows, folded over sub-periods): ratio of sums (the formulas are
 * evaluated over the summed elements, never averaged), with coverage (how many leaf units below reported, of
 * those that existed) and an approximate flag. Set-based: the totals of every unit and period in one read, the
 * leaves' spans over the whole range in another. Which units, for which query, is app/analytics/indicator-query.ts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { parseFormula, type FormulaNode } from '../../domain/formula.ts';
import { evaluate, referencedElements } from '../../domain/formula-evaluate.ts';
import { childrenOf, parsePeriod, PERIOD_TYPES, type Period, type PeriodType } from '../../domain/periods.ts';
import { readLeafSpans, type LeafSpan } from '../../store/aggregates/read.ts';
import { readElementAggregations, readIndicatorFormula, type IndicatorFormulaRow } from '../../store/metadata/indicator-formula.ts';
import { readUnitTotals, type UnitTotal } from './unit-totals.ts';
import { datasetExpectedReports, type ExpectedReports } from './coverage-datasets.ts';
import { firstPeriod, lastPeriod, type View } from './unit-resolve.ts';
import { appError } from '../../domain/errors.ts';

export interface IndicatorRow {
  unit: { code: string; name: string };
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  coverage: { reported: number; expected: number };
  approximate?: true;
}

export interface IndicatorDefinition {
  id: number;
  code: string;
  decimals: number;
  numerator: FormulaNode;
  denominator: FormulaNode | null;
  factor: number;
  elements: Array<{ id: number; code: string; timeAggregation: string; hierarchyAggregation: string; periodType: PeriodType; inNumerator: boolean }>;
}

export async function loadIndicator(db: Kysely<Database>, code: string): Promise<IndicatorDefinition> {
  const row = await readIndicatorFormula(db, code);
  if (!row) throw appError('INDICATOR_NOT_FOUND', { code });
  return defineIndicator(db, row);
}

/**
 * The definition of a formula row: the stored one (loadIndicator) or an unsaved one the formula editor previews
 * (app/metadata/formula-check.ts, id 0: nothing reads a definition's id), parsed here. Elements the formula names
 * that are not stored are left out (a check before the preview refuses them).
 */
export async function defineIndicator(db: Kysely<Database>, row: IndicatorFormulaRow): Promise<IndicatorDefinition> {
  const numerator = parseFormula(row.numerator);
  const denominator = row.denominator ? parseFormula(row.denominator) : null;
  const numCodes = referencedElements(numerator);
  const codes = [...new Set([...numCodes, ...(denominator ? referencedElements(denominator) : [])])];
  const elements = await readElementAggregations(db, codes);
  return {
    id: row.id,
    code: row.code,
    decimals: row.decimals,
    numerator,
    denominator,
    factor: row.factor,
    elements: elements.map((e) => ({ ...e, periodType: e.periodType as PeriodType, inNumerator: numCodes.includes(e.code) })),
  };
}

/** The rows of some units at one period, in the order of `units`. */
export async function computeForUnits(
  db: Kysely<Database>,
  def: IndicatorDefinition,
  units: ReadonlyArray<{ id: number; code: string; name: string }>,
  period: Period,
  view: View,
): Promise<IndicatorRow[]> {
  return computeIndicatorRows(db, def, units, [period], view);
}

/**
 * The rows of some units at some periods: period by period (in the order given), each in the order of `units`.
 * Expected reports from the datasets that collect the lead element when there are any, else from the leaves' spans.
 */
export async function computeIndicatorRows(
  db: Kysely<Database>,
  def: IndicatorDefinition,
  units: ReadonlyArray<{ id: number; code: string; name: string }>,
  periods: readonly Period[],
  view: View,
): Promise<IndicatorRow[]> {
  if (periods.length === 0 || units.length === 0) return [];
  const ids = units.map((u) => u.id);
  // Elements readable at the coarsest period asked: every element readable at one of them (indicatorRows keeps,
  // per period, those readable at it; the totals of an element coarser than a period are never read at it).
  const coarsest = periods.reduce((a, b) => (PERIOD_TYPES.indexOf(b.type) > PERIOD_TYPES.indexOf(a.type) ? b : a));
  const rows = await readUnitTotals(db, view, usableElements(def, coarsest.type), ids, periods);
  const expected = await datasetExpectedReports(db, view, def, ids, periods, rows);
  const spans = expected ? [] : await readLeafSpans(db, view, ids, firstPeriod(periods).start, lastPeriod(periods).end);
  const byPeriod = new Map<string, UnitTotal[]>();
  for (const r of rows) {
    const list = byPeriod.get(r.period);
    if (list) list.push(r);
    else byPeriod.set(r.period, [r]);
  }
  return periods.flatMap((period) => indicatorRows(def, units, period, byPeriod.get(period.id) ?? [], spans, expected));
}

/** The elements of an indicator that can be read at a period type (collected at it or finer). */
function usableElements(def: IndicatorDefinition, type: PeriodType): IndicatorDefinition['elements'] {
  return def.elements.filter((e) => PERIOD_TYPES.indexOf(e.periodType) <= PERIOD_TYPES.indexOf(type));
}

/**
 * The indicator rows of some units at one period, from their totals at it; expected reports from the datasets
 * that collect the lead element when there are any (coverage-datasets.ts), else from the leaves' spans.
 */
export function indicatorRows(
  def: IndicatorDefinition,
  units: ReadonlyArray<{ id: number; code: string; name: string }>,
  period: Period,
  rows: readonly UnitTotal[],
  spans: readonly LeafSpan[],
  fromDatasets: ExpectedReports | null = null,
): IndicatorRow[] {
  const usable = usableElements(def, period.type);
  const byUnit = new Map<number, Map<number, UnitTotal>>();
  for (const r of rows) {
    const map = byUnit.get(r.unitId) ?? new Map<number, UnitTotal>();
    map.set(r.elementId, r);
    byUnit.set(r.unitId, map);
  }
  const expected = expectedCounts(spans, period, usable, byUnit);
  const own = ownReportsExpected(usable, period);
  return units.map((unit) => {
    const found = byUnit.get(unit.id) ?? new Map<number, UnitTotal>();
    const values = new Map<string, number | undefined>();
    for (const e of usable) {
      const r = found.get(e.id);
      values.set(e.code, r && r.n > 0 ? r.sum : undefined);
    }
    const numerator = evaluate(def.numerator, values);
    const denominator = def.denominator ? evaluate(def.denominator, values) : null;
    const value = numerator === null || (def.denominator && (denominator === null || denominator === 0)) ? null : (numerator / (denominator ?? 1)) * def.factor;
    const numeratorRows = def.elements.filter((e) => e.inNumerator).map((e) => found.get(e.id));
    const reported = numeratorRows.length ? Math.min(...numeratorRows.map((r) => (r ? r.n : 0))) : 0;
    const approximate = [...found.values()].some((r) => r.n > 0 && r.nApprox > 0);
    return {
      unit: { code: unit.code, name: unit.name },
      period: period.id,
      value: value !== null && Number.isFinite(value) ? value : null,
      numerator,
      denominator,
      coverage: { reported, expected: Math.max(reported, own ?? fromDatasets?.get(`${period.id}|${unit.id}`) ?? expected.get(unit.id) ?? 0) },
      ...(approximate ? { approximate: true as const } : {}),
    };
  });
}

/**
 * An element the unit reports itself (hierarchy 'none': a rate a province states) is never summed from below:
 * the unit owes one report per sub-period of a flow, one for a stock — not one per commune.
 */
function ownReportsExpected(usable: IndicatorDefinition['elements'], period: Period): number | null {
  const lead = usable.find((e) => e.inNumerator) ?? usable[0];
  if (!lead || lead.hierarchyAggregation !== 'none') return null;
  return lead.timeAggregation === 'sum' ? childrenOf(period, lead.periodType).length : 1;
}

/**
 * Expected reports: leaf units that existed during each of the numerator's own sub-periods (a year of a monthly
 * flow expects 12 per commune); for a stock, during the sub-period its value comes from.
 */
function expectedCounts(
  allSpans: readonly LeafSpan[],
  period: Period,
  usable: IndicatorDefinition['elements'],
  byUnit: Map<number, Map<number, UnitTotal>>,
): Map<number, number> {
  const lead = usable.find((e) => e.inNumerator) ?? usable[0];
  const out = new Map<number, number>();
  if (!lead) return out;
  const subs = childrenOf(period, lead.periodType).map((p) => parsePeriod(p));
  const spans = allSpans.filter((s) => s.validFrom <= period.end && s.validTo > period.start);
  for (const span of spans) {
    let chosen = subs;
    if (lead.timeAggregation !== 'sum') {
      const last = byUnit.get(span.unitId)?.get(lead.id)?.lastPeriod ?? subs[subs.length - 1]!.id;
      chosen = subs.filter((s) => s.id === last);
    }
    const count = chosen.filter((s) => span.validFrom <= s.end && span.validTo > s.start).length;
    out.set(span.unitId, (out.get(span.unitId) ?? 0) + count);
  }
  return out;
}
