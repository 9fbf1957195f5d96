/**
 * Store side of the sink's large writes (compute/aggregates/sink.ts rolls them up in memory): an element's numeric
 * current values read in key order, and aggregate rows written in large multi-row statements in the table's key
 * order (appends, not random inserts) — new rows for a rebuild, or added to the rows present for an
 * accumulated load.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { valuesPlaceholders } from '../sql-placeholders.ts';
import type { DialectName, Store } from '../db.ts';
import type { AggregateRow } from './schema.ts';

/** Restricts a rebuild to some elements (undefined: all). */
export type ElementFilter = readonly number[] | undefined;

const VIEWS = ['was', 'now'] as const;

/** Deletes the aggregate rows of some elements (all when undefined). */
export async function deleteAggregateRows(trx: Kysely<Database>, elements: ElementFilter): Promise<void> {
  let query = trx.deleteFrom('aggregates');
  if (elements) query = query.where('view', 'in', VIEWS).where('elementId', 'in', elements.length ? elements : [-1]);
  await query.execute();
}

interface ValuePage {
  unitIds: number[];
  periods: string[];
  values: number[];
}

/**
 * One page of an element's numeric current values in key order (unit, period), after `after` (exclusive):
 * keyset pagination on the primary key, so memory stays bounded and every page is an index range scan.
 */
async function readElementValuesPage(
  db: Kysely<Database>,
  elementId: number,
  after: { unitId: number; period: string } | null,
  limit: number,
): Promise<ValuePage> {
  const rows = await db
    .selectFrom('currentValues')
    .select(['unitId', 'period', 'valueNum'])
    .where('elementId', '=', elementId)
    .where('valueNum', 'is not', null)
    .$if(after !== null, (q) => q.where(sql<boolean>`(unit_id, period) > (${after!.unitId}, ${after!.period})`))
    .orderBy('unitId')
    .orderBy('period')
    .limit(limit)
    .execute();
  const page: ValuePage = { unitIds: new Array(rows.length), periods: new Array(rows.length), values: new Array(rows.length) };
  rows.forEach((r, i) => {
    page.unitIds[i] = r.unitId;
    page.periods[i] = r.period;
    page.values[i] = Number(r.valueNum);
  });
  return page;
}

const SQLITE_ROWS_PER_STATEMENT = 4000; // × 7 parameters = 28,000 < 32,766
const PG_ROWS_PER_STATEMENT = 50_000; // 7 array parameters, whatever the row count

const ADD_ON_CONFLICT = `ON CONFLICT (view, element_id, period, unit_id) DO UPDATE SET sum = aggregates.sum + excluded.sum, n = aggregates.n + excluded.n, n_approx = aggregates.n_approx + excluded.n_approx`;

/** Inserts aggregate rows in the given order: new keys only, or (`add`) added to the rows present. */
async function insertAggregateRows(trx: Kysely<Database>, dialect: DialectName, rows: readonly AggregateRow[], add = false): Promise<void> {
  const columns = 'view, element_id, unit_id, period, sum, n, n_approx';
  const conflict = add ? ` ${ADD_ON_CONFLICT}` : '';
  if (dialect === 'postgres') {
    for (let i = 0; i < rows.length; i += PG_ROWS_PER_STATEMENT) {
      const part = rows.slice(i, i + PG_ROWS_PER_STATEMENT);
      await trx.executeQuery(
        CompiledQuery.raw(
          `INSERT INTO aggregates (${columns}) SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::float8[], $6::int[], $7::int[])${conflict}`,
          [
            part.map((r) => r.view),
            part.map((r) => r.elementId),
            part.map((r) => r.unitId),
            part.map((r) => r.period),
            part.map((r) => r.sum),
            part.map((r) => r.n),
            part.map((r) => r.nApprox),
          ],
        ),
      );
    }
    return;
  }
  for (let i = 0; i < rows.length; i += SQLITE_ROWS_PER_STATEMENT) {
    const part = rows.slice(i, i + SQLITE_ROWS_PER_STATEMENT);
    const params: unknown[] = new Array(part.length * 7);
    part.forEach((r, j) => fillParams(params, j, r));
    await trx.executeQuery(CompiledQuery.raw(`INSERT INTO aggregates (${columns}) VALUES ${valuesPlaceholders(part.length, 7)}${conflict}`, params));
  }
}

/** How a rebuild reads an element's values and writes aggregate rows, inside the caller's transaction. */
export interface RebuildIo {
  /** Calls `add` with every numeric current value of an element (in key order). */
  eachValue(elementId: number, add: (unitId: number, period: string, value: number) => void): Promise<void>;
  /** Inserts new aggregate rows (keys not present), in the given order. */
  insertRows(rows: readonly AggregateRow[]): Promise<void>;
  /** Adds rows to the aggregate rows (sum, n and nApprox added; missing rows created); unique keys, in key order. */
  addRows(rows: readonly AggregateRow[]): Promise<void>;
}

const PAGE = 100_000;

/**
 * SQLite (the connection under the transaction): one prepared statement streamed as raw arrays, and a prepared
 * multi-row insert reused for every chunk. Otherwise (PostgreSQL): keyset pages and unnest inserts via Kysely.
 */
export function rebuildIo(trx: Kysely<Database>, store: Pick<Store, 'dialect' | 'sqlite'>): RebuildIo {
  const raw = store.sqlite;
  if (store.dialect === 'sqlite' && raw) {
    const select = raw
      .prepare('SELECT unit_id, period, value_num FROM current_values WHERE element_id = ? AND value_num IS NOT NULL ORDER BY element_id, unit_id, period')
      .raw(true);
    const insertChunk = raw.prepare(
      `INSERT INTO aggregates (view, element_id, unit_id, period, sum, n, n_approx) VALUES ${valuesPlaceholders(RAW_ROWS_PER_STATEMENT, 7)}`,
    );
    const addChunk = raw.prepare(
      `INSERT INTO aggregates (view, element_id, unit_id, period, sum, n, n_approx) VALUES ${valuesPlaceholders(RAW_ROWS_PER_STATEMENT, 7)} ${ADD_ON_CONFLICT}`,
    );
    const inChunks = async (rows: readonly AggregateRow[], chunk: typeof insertChunk, rest: (rows: readonly AggregateRow[]) => Promise<void>) => {
      const whole = rows.length - (rows.length % RAW_ROWS_PER_STATEMENT);
      const params: unknown[] = new Array(RAW_ROWS_PER_STATEMENT * 7);
      for (let i = 0; i < whole; i += RAW_ROWS_PER_STATEMENT) {
        for (let j = 0; j < RAW_ROWS_PER_STATEMENT; j++) fillParams(params, j, rows[i + j]!);
        chunk.run(params);
      }
      await rest(rows.slice(whole));
    };
    return {
      async eachValue(elementId, add) {
        for (const row of select.iterate(elementId) as IterableIterator<[number, string, number]>) add(row[0], row[1], row[2]);
      },
      insertRows: (rows) => inChunks(rows, insertChunk, (rest) => insertAggregateRows(trx, 'sqlite', rest)),
      addRows: (rows) => inChunks(rows, addChunk, (rest) => insertAggregateRows(trx, 'sqlite', rest, true)),
    };
  }
  return {
    async eachValue(elementId, add) {
      let after: { unitId: number; period: string } | null = null;
      for (;;) {
        const page = await readElementValuesPage(trx, elementId, after, PAGE);
        const count = page.unitIds.length;
        for (let i = 0; i < count; i++) add(page.unitIds[i]!, page.periods[i]!, page.values[i]!);
        if (count < PAGE) return;
        after = { unitId: page.unitIds[count - 1]!, period: page.periods[count - 1]! };
      }
    },
    insertRows: (rows) => insertAggregateRows(trx, store.dialect, rows),
    addRows: (rows) => insertAggregateRows(trx, store.dialect, rows, true),
  };
}

const RAW_ROWS_PER_STATEMENT = 500;

function fillParams(params: unknown[], j: number, r: AggregateRow): void {
  const k = j * 7;
  params[k] = r.view;
  params[k + 1] = r.elementId;
  params[k + 2] = r.unitId;
  params[k + 3] = r.period;
  params[k + 4] = r.sum;
  params[k + 5] = r.n;
  params[k + 6] = r.nApprox;
}
