/**
 * The one analytics query: an indicator × a unit × one or many periods × a view × a breakdown → a row per
 * (period, unit) with value, numerator, denominator, coverage, approximate, the reported rate when the units
 * state one beside the count and total (compute/analytics/reported-rates.ts), and in the was view the target,
 * status and gap. The HTTP route, the CLI (`dx-ioc analytics`) and the benchmark call it; the dashboard and the
 * reports will. Steps, in the order their refusals come:
 *   1. periods checked and bounded (400), 2. the indicator (404; or the unsaved formula the editor previews), 3. the unit, resolved once for all periods on
 *   the tree of the last one (was) or today's (now) (404), 4. read access on it (403), 5. the breakdown's units
 *   (404 for an unknown listed unit, 400 for one outside the unit), bounded (400), 6. every row read set-based
 *   (compute/analytics/indicator.ts: the totals of all units and periods in one read), 7. reported rates, 8. the targets.
 */
import type { Actor } from '../../domain/access.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { appError } from '../../domain/errors.ts';
import { formatViNumber } from '../../domain/vi-number.ts';
import type { Store } from '../../store/db.ts';
import { computeIndicatorRows, defineIndicator, loadIndicator } from '../../compute/analytics/indicator.ts';
import { withTargets, type IndicatorRowWithTarget } from '../../compute/analytics/row-targets.ts';
import { withReportedRates, type ReportedRate } from '../../compute/analytics/reported-rates.ts';
import { activeValidationRules } from '../../store/collection/validation-rules.ts';
import { breakdownUnits, resolveQueryUnit, type Breakdown, type View } from '../../compute/analytics/unit-resolve.ts';
import { ANALYTICS_LIMITS } from './limits.ts';
import { checkedPeriods } from './query-input.ts';
import { assertWithin, authorizeUnitRead } from './unit-access.ts';

export type { Breakdown, View };
export type AnalyticsRow = IndicatorRowWithTarget & { reportedRate?: ReportedRate };

export interface IndicatorQuery {
  indicator: string;
  unit: string;
  /** Period ids, any order and types (query-input.ts reads the API's and the CLI's forms); rows come in this order, then by unit. */
  periods: readonly string[];
  view?: View;
  /** Default `none`; `units` with `units` listed (at or below `unit`). */
  breakdown?: Breakdown;
  units?: readonly string[];
  /** The day a target's period counts as open until (default today). */
  asOf?: string;
  /**
   * An unsaved formula under the code `indicator` (the formula editor's preview, app/metadata/formula-check.ts),
   * computed in place of the stored one — the same steps after step 2, which it skips (no 404 for a new code).
   */
  unsaved?: UnsavedFormula;
}

/** A formula as the editor holds it before saving: texts that parse over stored numeric elements (checked first). */
export interface UnsavedFormula {
  numerator: string;
  denominator: string | null;
  factor: number;
  decimals: number;
}

export interface IndicatorQueryResult {
  indicator: string;
  /** The indicator's decimals (for display: values are not rounded). */
  decimals: number;
  /** The unit asked for, as resolved. */
  unit: { code: string; name: string };
  periods: string[];
  view: View;
  breakdown: Breakdown;
  rows: AnalyticsRow[];
}

function refuse(field: string, reason: string) {
  return appError('BAD_REQUEST', { field, reason }, [{ field, message: reason }]);
}

export async function queryIndicator(store: Store, query: IndicatorQuery, actor: Actor): Promise<IndicatorQueryResult> {
  const db = store.db;
  const view = query.view ?? 'was';
  const listed = [...new Set(query.units ?? [])];
  const breakdown = query.breakdown ?? (listed.length > 0 ? 'units' : 'none');
  if (listed.length > 0 && breakdown !== 'units')
    throw refuse('units', `danh sách đơn vị chỉ dùng với breakdown=units, không với ${breakdown} / a unit list goes with breakdown=units, not ${breakdown}`);
  if (breakdown === 'units' && listed.length === 0) throw refuse('units', 'cần danh sách đơn vị / list the units');
  if (listed.length > ANALYTICS_LIMITS.listedUnits)
    throw refuse(
      'units',
      `tối đa ${formatViNumber(ANALYTICS_LIMITS.listedUnits)} đơn vị trong danh sách / at most ${ANALYTICS_LIMITS.listedUnits} units listed`,
    );
  const periods = checkedPeriods(query.periods);
  const definition = query.unsaved ? await defineIndicator(db, { id: 0, code: query.indicator, ...query.unsaved }) : await loadIndicator(db, query.indicator);
  const resolved = await resolveQueryUnit(db, query.unit, view, periods);
  await authorizeUnitRead(db, actor, resolved.unit, resolved.at);
  const units = await breakdownUnits(db, resolved, breakdown, view, periods, listed);
  if (breakdown === 'units') await assertWithin(db, resolved.unit, units, resolved.at);
  checkSize(units.length, periods.length);
  const computed = await computeIndicatorRows(db, definition, units, periods, view);
  // A rate the units reported beside their count and total, and whether the two agree (flagged on the screens).
  const rows = await withReportedRates(db, definition, await activeValidationRules(db), units, periods, view, computed);
  return {
    indicator: definition.code,
    decimals: definition.decimals,
    unit: { code: resolved.unit.code, name: resolved.unit.name },
    periods: periods.map((p) => p.id),
    view,
    breakdown,
    // A target names a unit code as it was in its period; in the now view the same code may be another unit
    // (68 before and after the 2025 merger), so targets are attached in the was view only.
    rows: view === 'was' ? await withTargets(db, definition.code, units, rows, query.asOf ?? todayIsoDate()) : rows,
  };
}

function checkSize(units: number, periods: number): void {
  const { units: maxUnits, rows: maxRows } = ANALYTICS_LIMITS;
  if (units > maxUnits)
    throw refuse(
      'breakdown',
      `tối đa ${formatViNumber(maxUnits)} đơn vị trong một truy vấn, có ${formatViNumber(units)} / at most ${maxUnits} units per query, ${units} here`,
    );
  if (units * periods > maxRows) {
    throw refuse(
      'periods',
      `tối đa ${formatViNumber(maxRows)} dòng (đơn vị × kỳ) trong một truy vấn, có ${formatViNumber(units * periods)} / at most ${maxRows} rows (units × periods) per query, ${units * periods} here`,
    );
  }
}
