/**
 * Set-based rebuild of the aggregate rows from current values and the closure (INSERT … SELECT … GROUP BY):
 * rows at each value's own period, then flows summed into coarser periods, then stocks' coarser rows taken
 * from their latest reported sub-period. The same rules as the live deltas (compute/live-update.ts).
 * Every statement groups in the aggregates' key order (view, element, period, unit), so its rows reach the
 * table's primary key in order (appends, not random inserts), and callers run it element by element
 * (compute/recompute.ts), so each sort stays in memory at national scale.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

const COARSE = ['quarterly', 'semiannual', 'yearly'] as const;

/** Restricts a rebuild to some elements (undefined: all). */
export type ElementFilter = readonly number[] | undefined;

const VIEWS = ['was', 'now'] as const;

/** The aggregates' key starts with the view: naming both views lets (view, element) use it. */
function onlyElements(column: string, elements: ElementFilter) {
  if (!elements) return sql``;
  if (elements.length === 0) return sql` AND 1 = 0`;
  const views = column.startsWith('a.') ? sql` AND a.view IN (${sql.join(VIEWS.map((v) => sql.lit(v)))})` : sql``;
  return sql`${views} AND ${sql.ref(column)} IN (${sql.join(elements.map((id) => sql.lit(id)))})`;
}

/** Deletes the aggregate rows of some elements (all when undefined). */
export async function deleteAggregateRows(trx: Kysely<Database>, elements: ElementFilter): Promise<void> {
  let query = trx.deleteFrom('aggregates');
  if (elements) query = query.where('view', 'in', VIEWS).where('elementId', 'in', elements.length ? elements : [-1]);
  await query.execute();
}

export async function rebuildBaseRows(trx: Kysely<Database>, elements?: ElementFilter): Promise<void> {
  await sql`
    INSERT INTO aggregates (view, element_id, unit_id, period, sum, n, n_approx, last_period)
    SELECT c.view, v.element_id, c.ancestor_id, v.period, SUM(v.value_num * c.share), COUNT(*), SUM(c.approx), NULL
    FROM current_values v
    JOIN data_elements e ON e.id = v.element_id
    JOIN agg_periods p ON p.period = v.period
    JOIN agg_closure c ON c.unit_id = v.unit_id
    WHERE v.value_num IS NOT NULL
      AND (c.view = 'now' OR (c.valid_from <= p.end_date AND c.valid_to > p.end_date))
      AND (e.hierarchy_aggregation <> 'none' OR c.is_self = 1)${onlyElements('v.element_id', elements)}
    GROUP BY c.view, v.element_id, v.period, c.ancestor_id`.execute(trx);
}

/** Flows ('sum'): each coarser period is the sum of the rows at the element's own periods. */
export async function rebuildFlowRows(trx: Kysely<Database>, type: (typeof COARSE)[number], elements?: ElementFilter): Promise<void> {
  const coarse = sql.ref(`p.${type}`);
  await sql`
    INSERT INTO aggregates (view, element_id, unit_id, period, sum, n, n_approx, last_period)
    SELECT a.view, a.element_id, a.unit_id, ${coarse}, SUM(a.sum), SUM(a.n), SUM(a.n_approx), NULL
    FROM aggregates a
    JOIN agg_periods p ON p.period = a.period
    JOIN data_elements e ON e.id = a.element_id
    WHERE e.time_aggregation = 'sum' AND p.type = e.period_type AND ${coarse} IS NOT NULL${onlyElements('a.element_id', elements)}
    GROUP BY a.view, a.element_id, ${coarse}, a.unit_id`.execute(trx);
}

/** Stocks ('last'): each coarser period takes the row of its latest sub-period with a reported value. */
export async function rebuildStockRows(trx: Kysely<Database>, type: (typeof COARSE)[number], elements?: ElementFilter): Promise<void> {
  const coarse = sql.ref(`p.${type}`);
  await sql`
    INSERT INTO aggregates (view, element_id, unit_id, period, sum, n, n_approx, last_period)
    SELECT view, element_id, unit_id, coarse, sum, n, n_approx, period FROM (
      SELECT a.view, a.element_id, a.unit_id, ${coarse} AS coarse, a.sum, a.n, a.n_approx, a.period,
        ROW_NUMBER() OVER (PARTITION BY a.view, a.element_id, ${coarse}, a.unit_id ORDER BY a.period DESC) AS rn
      FROM aggregates a
      JOIN agg_periods p ON p.period = a.period
      JOIN data_elements e ON e.id = a.element_id
      WHERE e.time_aggregation = 'last' AND p.type = e.period_type AND ${coarse} IS NOT NULL AND a.n > 0${onlyElements('a.element_id', elements)}
    ) ranked
    WHERE rn = 1`.execute(trx);
}

export const COARSE_PERIOD_TYPES = COARSE;
