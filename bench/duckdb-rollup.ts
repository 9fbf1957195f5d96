/**
 * The same full roll-up as our recompute (src/store/aggregates-rebuild.ts: base rows over the closure,
 * flows summed into coarser periods, stocks taken from their latest sub-period), run in DuckDB on a copy of
 * the same tables. Only the roll-up is timed, not the copy. DuckDB is used by the benchmark only.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../src/store/db.ts';

const COARSE = ['quarterly', 'semiannual', 'yearly'] as const;

export interface DuckDbResult {
  copiedRows: number;
  rollupMs: number;
  aggregateRows: number;
}

export async function duckdbRollup(store: Store, log: (line: string) => void): Promise<DuckDbResult> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    await con.run(`
      CREATE TABLE current_values (element_id INTEGER, unit_id INTEGER, period VARCHAR, value_num DOUBLE);
      CREATE TABLE data_elements (id INTEGER, time_aggregation VARCHAR, hierarchy_aggregation VARCHAR, period_type VARCHAR);
      CREATE TABLE agg_periods (period VARCHAR, type VARCHAR, end_date VARCHAR, quarterly VARCHAR, semiannual VARCHAR, yearly VARCHAR);
      CREATE TABLE agg_closure (view VARCHAR, unit_id INTEGER, ancestor_id INTEGER, is_self INTEGER, share DOUBLE, approx INTEGER, valid_from VARCHAR, valid_to VARCHAR);
      CREATE TABLE aggregates (view VARCHAR, element_id INTEGER, unit_id INTEGER, period VARCHAR, sum DOUBLE, n BIGINT, n_approx BIGINT, last_period VARCHAR);`);
    log('DuckDB: copying the tables…');
    const copied = await copyTables(store, con);
    const started = performance.now();
    await con.run(`
      INSERT INTO aggregates
      SELECT c.view, v.element_id, c.ancestor_id, v.period, SUM(v.value_num * c.share), COUNT(*), SUM(c.approx), NULL
      FROM current_values v
      JOIN data_elements e ON e.id = v.element_id
      JOIN agg_periods p ON p.period = v.period
      JOIN agg_closure c ON c.unit_id = v.unit_id
      WHERE v.value_num IS NOT NULL
        AND (c.view = 'now' OR (c.valid_from <= p.end_date AND c.valid_to > p.end_date))
        AND (e.hierarchy_aggregation <> 'none' OR c.is_self = 1)
      GROUP BY ALL`);
    for (const type of COARSE) {
      await con.run(`
        INSERT INTO aggregates
        SELECT a.view, a.element_id, a.unit_id, p.${type}, SUM(a.sum), SUM(a.n), SUM(a.n_approx), NULL
        FROM aggregates a JOIN agg_periods p ON p.period = a.period JOIN data_elements e ON e.id = a.element_id
        WHERE e.time_aggregation = 'sum' AND p.type = e.period_type AND p.${type} IS NOT NULL
        GROUP BY a.view, a.element_id, a.unit_id, p.${type}`);
    }
    for (const type of COARSE) {
      await con.run(`
        INSERT INTO aggregates
        SELECT view, element_id, unit_id, coarse, sum, n, n_approx, period FROM (
          SELECT a.view, a.element_id, a.unit_id, p.${type} AS coarse, a.sum, a.n, a.n_approx, a.period,
            ROW_NUMBER() OVER (PARTITION BY a.view, a.element_id, a.unit_id, p.${type} ORDER BY a.period DESC) AS rn
          FROM aggregates a JOIN agg_periods p ON p.period = a.period JOIN data_elements e ON e.id = a.element_id
          WHERE e.time_aggregation = 'last' AND p.type = e.period_type AND p.${type} IS NOT NULL AND a.n > 0
        ) WHERE rn = 1`);
    }
    const rollupMs = performance.now() - started;
    const count = await con.runAndReadAll('SELECT count(*) FROM aggregates');
    return { copiedRows: copied, rollupMs, aggregateRows: Number(count.getRows()[0]![0]) };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

async function copyTables(store: Store, con: DuckDBConnection): Promise<number> {
  const db = store.db;
  let copied = 0;
  const elements = await db.selectFrom('dataElements').select(['id', 'timeAggregation', 'hierarchyAggregation', 'periodType']).execute();
  await appendRows(con, 'data_elements', elements.map((e) => [e.id, e.timeAggregation, e.hierarchyAggregation, e.periodType]));
  const periods = await db.selectFrom('aggPeriods').selectAll().execute();
  await appendRows(con, 'agg_periods', periods.map((p) => [p.period, p.type, p.endDate, p.quarterly, p.semiannual, p.yearly]));
  const closure = await db.selectFrom('aggClosure').selectAll().execute();
  await appendRows(con, 'agg_closure', closure.map((c) => [c.view, c.unitId, c.ancestorId, c.isSelf, Number(c.share), c.approx, c.validFrom, c.validTo]));
  // The values in pages by element, so memory stays bounded at national scale.
  for (const element of elements) {
    const rows = await db.selectFrom('currentValues').select(['elementId', 'unitId', 'period', 'valueNum']).where('elementId', '=', element.id).execute();
    await appendRows(con, 'current_values', rows.map((r) => [r.elementId, r.unitId, r.period, r.valueNum]));
    copied += rows.length;
  }
  return copied;
}

type Cell = string | number | null;

async function appendRows(con: DuckDBConnection, table: string, rows: Cell[][]): Promise<void> {
  const appender = await con.createAppender(table);
  for (const row of rows) {
    for (const cell of row) {
      if (cell === null) appender.appendNull();
      else if (typeof cell === 'string') appender.appendVarchar(cell);
      else if (Number.isInteger(cell) && Math.abs(cell) < 2 ** 31) appender.appendInteger(cell);
      else appender.appendDouble(cell);
    }
    appender.endRow();
  }
  appender.closeSync();
}
