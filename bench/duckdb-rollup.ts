/**
 * The same full roll-up as our recompute (src/compute/aggregates/recompute.ts, rollup.ts: every value added to each unit
 * it counts towards through another unit — the closure's non-self edges, a 'was' edge only when it holds at
 * the value's period — at the value's own period; elements with hierarchy 'none' are not rolled up), run in
 * DuckDB on a copy of the same tables, producing the same rows. Only the roll-up is timed, not the copy.
 * DuckDB is used by the benchmark only.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../src/store/db.ts';
import { parsePeriod } from '../src/domain/periods.ts';

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
      CREATE TABLE periods (period VARCHAR, end_date VARCHAR);
      CREATE TABLE agg_closure (view VARCHAR, unit_id INTEGER, ancestor_id INTEGER, is_self INTEGER, share DOUBLE, approx INTEGER, valid_from VARCHAR, valid_to VARCHAR);
      CREATE TABLE aggregates (view VARCHAR, element_id INTEGER, unit_id INTEGER, period VARCHAR, sum DOUBLE, n BIGINT, n_approx BIGINT);`);
    log('DuckDB: copying the tables…');
    const copied = await copyTables(store, con);
    const started = performance.now();
    await con.run(`
      INSERT INTO aggregates
      SELECT c.view, v.element_id, c.ancestor_id, v.period, SUM(v.value_num * c.share), COUNT(*), SUM(c.approx)
      FROM current_values v
      JOIN data_elements e ON e.id = v.element_id
      JOIN periods p ON p.period = v.period
      JOIN agg_closure c ON c.unit_id = v.unit_id
      WHERE v.value_num IS NOT NULL AND c.is_self = 0 AND e.hierarchy_aggregation <> 'none'
        AND (c.view = 'now' OR (c.valid_from <= p.end_date AND c.valid_to > p.end_date))
      GROUP BY ALL`);
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
  await appendRows(
    con,
    'data_elements',
    elements.map((e) => [e.id, e.timeAggregation, e.hierarchyAggregation, e.periodType]),
  );
  const periods = await db.selectFrom('currentValues').select('period').distinct().execute();
  await appendRows(
    con,
    'periods',
    periods.map((p) => [p.period, parsePeriod(p.period).end]),
  );
  const closure = await db.selectFrom('aggClosure').selectAll().execute();
  await appendRows(
    con,
    'agg_closure',
    closure.map((c) => [c.view, c.unitId, c.ancestorId, c.isSelf, Number(c.share), c.approx, c.validFrom, c.validTo]),
  );
  // The values in pages by element, so memory stays bounded at national scale.
  for (const element of elements) {
    const rows = await db.selectFrom('currentValues').select(['elementId', 'unitId', 'period', 'valueNum']).where('elementId', '=', element.id).execute();
    await appendRows(
      con,
      'current_values',
      rows.map((r) => [r.elementId, r.unitId, r.period, r.valueNum]),
    );
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
