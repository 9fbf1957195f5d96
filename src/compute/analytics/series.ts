/**
 * An indicator as a time series: for a unit (or each of its children, or each leaf unit below it) and a list
 * of periods, in one of two views, with the same rows as computeIndicator per period, read in two queries
 * (units' totals at every period, leaf spans over the whole range) instead of two per period.
 * The unit and its children are resolved once, on the tree of the last period (was) or today's tree (now).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { parsePeriod, type Period } from '../../domain/periods.ts';
import { readLeafSpans, readLeavesBelow } from '../../store/aggregates/read.ts';
import { readUnitTotals } from './unit-totals.ts';
import { datasetExpectedReports } from './coverage-datasets.ts';
import { indicatorRows, loadIndicator, type IndicatorRow } from './indicator.ts';
import { childrenAt, resolveUnit, viewDates, type View } from './unit-resolve.ts';
import { appError } from '../../domain/errors.ts';

export interface SeriesQuery {
  indicator: string;
  unit: string;
  /** Period ids, any order; the rows come back in this order (then by unit). */
  periods: readonly string[];
  view: View;
  /** 'leaves': every leaf unit below (communes), at any time in the periods. */
  breakdown: 'none' | 'children' | 'leaves';
}

export async function computeIndicatorSeries(db: Kysely<Database>, query: SeriesQuery): Promise<IndicatorRow[]> {
  if (query.periods.length === 0) return [];
  const definition = await loadIndicator(db, query.indicator);
  const periods: Period[] = query.periods.map((p) => parsePeriod(p));
  const last = periods.reduce((a, b) => (b.end > a.end ? b : a));
  const first = periods.reduce((a, b) => (b.start < a.start ? b : a));
  const resolved = await resolveUnit(db, query.unit, await viewDates(db, query.view, last));
  if (!resolved) throw appError('UNIT_NOT_FOUND', { code: query.unit, reason: `Không có đơn vị mã '${query.unit}' trong cây ${query.view === 'now' ? 'hiện nay' : `kỳ ${last.id}`} / unknown unit` });
  const units =
    query.breakdown === 'children'
      ? await childrenAt(db, resolved.unit.id, resolved.at)
      : query.breakdown === 'leaves'
        ? await readLeavesBelow(db, query.view, resolved.unit.id, first.start, last.end)
        : [resolved.unit];
  const ids = units.map((u) => u.id);
  const rows = await readUnitTotals(db, query.view, definition.elements, ids, periods);
  const expected = await datasetExpectedReports(db, query.view, definition, ids, periods, rows);
  const spans = expected ? [] : await readLeafSpans(db, query.view, ids, first.start, last.end);
  const byPeriod = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byPeriod.get(r.period);
    if (list) list.push(r);
    else byPeriod.set(r.period, [r]);
  }
  return periods.flatMap((period) => indicatorRows(definition, units, period, byPeriod.get(period.id) ?? [], spans, expected));
}
