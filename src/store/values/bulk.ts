/**
 * Set-based writes of many data values inside the caller's transaction (the bulk ingest path,
 * app/collection/bulk-values.ts). Rows (in key order) go into a temporary stage table in large multi-row statements,
 * then a few statements per batch do the work in the database:
 *   0. when asked, the changes (numeric before/after) for the aggregates: only keys already stored are read;
 *   1. a new version in data_values for every staged key whose value or status differs from the current one
 *      (version = current + 1, or 1), appended, never overwritten;
 *   2. current_values pointed at (and copied from) those new versions (upsert; `newVersions`);
 *   3. the stage emptied.
 * The only dialect difference (how rows reach the stage: SQLite a prepared `VALUES (?,…),…` of 1,000 rows
 * reused through the connection under the transaction; PostgreSQL `unnest($1::int[], …)`, five parameters
 * whatever the row count) is in `fillStage`. Queries are compiled once (CompiledQuery.raw), so Kysely's
 * builder is not in the per-row loop.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { DialectName, Store } from '../db.ts';
import type { Database } from '../schema.ts';
import { valuesPlaceholders } from '../sql-placeholders.ts';
import type { ValueChange } from '../../domain/value-change.ts';

export interface StagedValue {
  elementId: number;
  unitId: number;
  period: string;
  valueNum: number | null;
  valueText: string | null;
}

export interface BulkWriteContext {
  author: string;
  source: string;
  status: string;
  /** ISO timestamp of the versions written. */
  at: string;
}

const STAGE = 'bulk_value_stage';
const SQLITE_ROWS_PER_STATEMENT = 6000; // × 5 parameters = 30,000 < 32,766
const PG_ROWS_PER_STATEMENT = 50_000; // 5 array parameters, whatever the row count

/** Creates (or empties) the stage table for this transaction. */
export async function openStage(trx: Kysely<Database>, dialect: DialectName): Promise<void> {
  // No key: the caller guarantees unique keys per batch (and names the row that breaks it), so no index to maintain.
  const columns = `element_id integer NOT NULL, unit_id integer NOT NULL, period text NOT NULL, value_num double precision, value_text text`;
  if (dialect === 'sqlite') {
    await run(trx, `CREATE TEMP TABLE IF NOT EXISTS ${STAGE} (${columns})`);
    await run(trx, `DELETE FROM temp.${STAGE}`);
  } else {
    await run(trx, `CREATE TEMP TABLE IF NOT EXISTS ${STAGE} (${columns}) ON COMMIT DROP`);
    await run(trx, `TRUNCATE ${STAGE}`);
  }
}

/** Drops the stage (SQLite keeps temp tables for the connection's life; PostgreSQL drops it at commit). */
export async function closeStage(trx: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') await run(trx, `DROP TABLE IF EXISTS temp.${STAGE}`);
}

/**
 * Writes one batch of staged values (keys unique within the batch): appends the versions, moves the current
 * pointers. Returns how many versions were written and, when asked, the numeric before/after of each (for
 * live deltas).
 */
export async function writeStagedBatch(
  trx: Kysely<Database>,
  store: Pick<Store, 'dialect' | 'sqlite'>,
  rows: readonly StagedValue[],
  ctx: BulkWriteContext,
  withChanges: boolean,
): Promise<{ written: number; changes: ValueChange[] }> {
  const dialect = store.dialect;
  await fillStage(trx, store, rows);
  await refreshStatistics(trx, dialect, [STAGE]);
  const differs = `(c.element_id IS NULL OR c.value_num IS DISTINCT FROM s.value_num OR c.value_text IS DISTINCT FROM s.value_text OR c.status <> $1)`;
  const from = `FROM ${STAGE} s LEFT JOIN current_values c ON c.element_id = s.element_id AND c.unit_id = s.unit_id AND c.period = s.period`;
  let changes: ValueChange[] = [];
  const maxBefore = await query<{ m: number | null }>(trx, dialect, `SELECT MAX(id) AS "m" FROM data_values`, []);
  const inserted = await withIndexProbes(trx, dialect, async () => {
    if (withChanges && dialect !== 'sqlite') changes = await batchChanges(trx, dialect, rows, ctx.status);
    const inserted = await exec(
      trx,
      dialect,
      `INSERT INTO data_values (element_id, unit_id, period, version, value_num, value_text, status, comment, evidence_ref, author, source, created_at)
       SELECT s.element_id, s.unit_id, s.period, COALESCE(c.version, 0) + 1, s.value_num, s.value_text, $1, NULL, NULL, $2, $3, $4
       ${from} WHERE ${differs}`,
      [ctx.status, ctx.author, ctx.source, ctx.at],
    );
    if (withChanges && dialect === 'sqlite') changes = await writtenChanges(trx, rows, inserted, Number(maxBefore[0]?.m ?? 0));
    if (inserted > 0) {
      await exec(
        trx,
        dialect,
        `INSERT INTO current_values (element_id, unit_id, period, value_id, version, value_num, value_text, status, updated_at)
         SELECT d.element_id, d.unit_id, d.period, d.id, d.version, d.value_num, d.value_text, d.status, d.created_at
         FROM ${newVersions(dialect)}
         WHERE d.id > $1
         ON CONFLICT (element_id, unit_id, period) DO UPDATE SET value_id = excluded.value_id, version = excluded.version,
           value_num = excluded.value_num, value_text = excluded.value_text, status = excluded.status, updated_at = excluded.updated_at`,
        [Number(maxBefore[0]?.m ?? 0)],
      );
    }
    return inserted;
  });
  await run(trx, dialect === 'sqlite' ? `DELETE FROM temp.${STAGE}` : `TRUNCATE ${STAGE}`);
  return { written: inserted, changes };
}

/**
 * SQLite: the changes of the versions just appended (every row after the highest id seen before the batch is
 * this batch's, as the transaction holds the write lock), read before current_values moves. When every staged
 * row was written as a first version (an initial load), they are the staged rows themselves: nothing is read
 * back. Otherwise the keys with an earlier version take their before from current_values.
 */
async function writtenChanges(trx: Kysely<Database>, rows: readonly StagedValue[], inserted: number, maxBefore: number): Promise<ValueChange[]> {
  const later = await query<{ n: number }>(trx, 'sqlite', `SELECT COUNT(*) AS "n" FROM data_values WHERE id > $1 AND version > 1`, [maxBefore]);
  if (inserted === rows.length && Number(later[0]?.n ?? 0) === 0)
    return rows.map((r) => ({ elementId: r.elementId, unitId: r.unitId, period: r.period, before: null, after: r.valueNum }));
  const written = await query<{ elementId: number; unitId: number; period: string; after: number | null; before: number | null }>(
    trx,
    'sqlite',
    `SELECT d.element_id AS "elementId", d.unit_id AS "unitId", d.period AS "period", d.value_num AS "after", c.value_num AS "before"
     FROM data_values d LEFT JOIN current_values c ON d.version > 1 AND c.element_id = d.element_id AND c.unit_id = d.unit_id AND c.period = d.period
     WHERE d.id > $1`,
    [maxBefore],
  );
  return written.map((w) => ({ ...w, after: w.after === null ? null : Number(w.after), before: w.before === null ? null : Number(w.before) }));
}

/**
 * The numeric before/after of each staged key the batch will change (PostgreSQL, where other writers' rows
 * may interleave with the batch's ids). Only keys already stored are read back
 * (an initial load reads nothing and builds no key strings); every other staged key is new: null → its value.
 */
async function batchChanges(trx: Kysely<Database>, dialect: DialectName, rows: readonly StagedValue[], status: string): Promise<ValueChange[]> {
  const stored = await query<{ elementId: number; unitId: number; period: string; before: number | null; changed: number | boolean }>(
    trx,
    dialect,
    `SELECT s.element_id AS "elementId", s.unit_id AS "unitId", s.period AS "period", c.value_num AS "before",
       (c.value_num IS DISTINCT FROM s.value_num OR c.value_text IS DISTINCT FROM s.value_text OR c.status <> $1) AS "changed"
     FROM ${STAGE} s JOIN current_values c ON c.element_id = s.element_id AND c.unit_id = s.unit_id AND c.period = s.period`,
    [status],
  );
  const key = (r: { elementId: number; unitId: number; period: string }) => `${r.elementId}|${r.unitId}|${r.period}`;
  const existing = new Map(stored.map((r) => [key(r), r]));
  const changes: ValueChange[] = [];
  for (const row of rows) {
    const hit = existing.size > 0 ? existing.get(key(row)) : undefined;
    if (!hit) changes.push({ elementId: row.elementId, unitId: row.unitId, period: row.period, before: null, after: row.valueNum });
    else if (hit.changed === 1 || hit.changed === true)
      changes.push({
        elementId: row.elementId,
        unitId: row.unitId,
        period: row.period,
        before: hit.before === null ? null : Number(hit.before),
        after: row.valueNum,
      });
  }
  return changes;
}

/**
 * Runs the batch's statements with index probes into current_values and data_values: PostgreSQL would
 * otherwise hash the whole current_values (millions of rows) for every batch of 100,000, a load quadratic
 * in the store's size. SQLite plans these joins as index probes already.
 */
async function withIndexProbes<T>(trx: Kysely<Database>, dialect: DialectName, fn: () => Promise<T>): Promise<T> {
  if (dialect !== 'postgres') return fn();
  await run(trx, 'SET LOCAL enable_hashjoin = off');
  await run(trx, 'SET LOCAL enable_mergejoin = off');
  try {
    return await fn();
  } finally {
    await run(trx, 'SET LOCAL enable_hashjoin TO DEFAULT');
    await run(trx, 'SET LOCAL enable_mergejoin TO DEFAULT');
  }
}

/**
 * The versions this batch appended: SQLite holds the database's write lock for the whole transaction, so they
 * are exactly the rows after the highest id seen before (a scan of the rowid range); on PostgreSQL other
 * writers may commit ids in that range meanwhile, so they are matched to the stage by key as well.
 */
function newVersions(dialect: DialectName): string {
  if (dialect === 'sqlite') return 'data_values d';
  return `${STAGE} s JOIN data_values d ON d.element_id = s.element_id AND d.unit_id = s.unit_id AND d.period = s.period`;
}

async function fillStage(trx: Kysely<Database>, store: Pick<Store, 'dialect' | 'sqlite'>, rows: readonly StagedValue[]): Promise<void> {
  if (store.dialect === 'postgres') {
    for (let i = 0; i < rows.length; i += PG_ROWS_PER_STATEMENT) {
      const part = rows.slice(i, i + PG_ROWS_PER_STATEMENT);
      await trx.executeQuery(
        CompiledQuery.raw(`INSERT INTO ${STAGE} SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::float8[], $5::text[])`, [
          part.map((r) => r.elementId),
          part.map((r) => r.unitId),
          part.map((r) => r.period),
          part.map((r) => r.valueNum),
          part.map((r) => r.valueText),
        ]),
      );
    }
    return;
  }
  // SQLite: one prepared statement of many rows reused (through the connection under the transaction when
  // the store exposes it), the remainder in one statement of its own size.
  const chunk = store.sqlite ? SQLITE_PREPARED_ROWS : SQLITE_ROWS_PER_STATEMENT;
  const prepared = store.sqlite?.prepare(`INSERT INTO temp.${STAGE} VALUES ${valuesPlaceholders(chunk, 5)}`);
  const params: unknown[] = new Array(chunk * 5);
  let i = 0;
  if (prepared) {
    for (; i + chunk <= rows.length; i += chunk) {
      for (let j = 0; j < chunk; j++) stageParams(params, j, rows[i + j]!);
      prepared.run(params);
    }
  }
  for (; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const partParams: unknown[] = new Array(part.length * 5);
    part.forEach((r, j) => stageParams(partParams, j, r));
    await trx.executeQuery(CompiledQuery.raw(`INSERT INTO temp.${STAGE} VALUES ${valuesPlaceholders(part.length, 5)}`, partParams));
  }
}

const SQLITE_PREPARED_ROWS = 1000;

function stageParams(params: unknown[], j: number, r: StagedValue): void {
  params[j * 5] = r.elementId;
  params[j * 5 + 1] = r.unitId;
  params[j * 5 + 2] = r.period;
  params[j * 5 + 3] = r.valueNum;
  params[j * 5 + 4] = r.valueText;
}

/** Queries are written with PostgreSQL's `$n`; for SQLite each becomes `?` with its value repeated in order. */
async function exec(trx: Kysely<Database>, dialect: DialectName, text: string, params: unknown[]): Promise<number> {
  const result = await trx.executeQuery(compile(text, params, dialect));
  return Number(result.numAffectedRows ?? 0n);
}

async function query<T>(trx: Kysely<Database>, dialect: DialectName, text: string, params: unknown[]): Promise<T[]> {
  const result = await trx.executeQuery<T>(compile(text, params, dialect));
  return result.rows;
}

async function run(trx: Kysely<Database>, text: string): Promise<void> {
  await trx.executeQuery(CompiledQuery.raw(text, []));
}

function compile(text: string, params: unknown[], dialect: DialectName): CompiledQuery {
  if (dialect !== 'sqlite') return CompiledQuery.raw(text, params);
  const ordered: unknown[] = [];
  const sqlText = text.replace(/\$(\d+)/g, (_, n: string) => {
    ordered.push(params[Number(n) - 1]);
    return '?';
  });
  return CompiledQuery.raw(sqlText, ordered);
}

/**
 * PostgreSQL plans from table statistics, which autovacuum cannot gather from rows this transaction has not
 * committed yet: without them it takes a table grown by millions of rows for an empty one (and a temp table
 * is never analysed). ANALYZE inside the transaction counts its own rows. SQLite needs nothing here.
 */
export async function refreshStatistics(trx: Kysely<Database>, dialect: DialectName, tables: readonly string[]): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const table of tables) await run(trx, `ANALYZE ${table}`);
}

const LARGE_CACHE_KIB = 1_048_576;

export interface LargeWorkOptions {
  /**
   * SQLite: skip the foreign-key probes (four per value: element and unit of data_values and current_values)
   * for the duration. Only for callers that checked every id themselves inside the same transaction (the bulk
   * ingest path validates each row against the element and unit maps it loaded there).
   */
  checkedForeignKeys?: boolean;
}

/**
 * Runs a large load or rebuild with a large page cache on SQLite (1 GiB instead of the default 2 MiB: the
 * indexes of data_values, current_values and aggregates are then updated in memory) and the sorter's temporary
 * B-trees in memory, all restored afterwards (pragmas apply to the connection, outside any transaction).
 * PostgreSQL's cache is the server's (shared_buffers).
 */
export async function withLargeCache<T>(
  store: { db: Kysely<Database>; dialect: DialectName },
  fn: () => Promise<T>,
  options: LargeWorkOptions = {},
): Promise<T> {
  if (store.dialect !== 'sqlite') return fn();
  const pragma = async (text: string) => Number(Object.values((await store.db.executeQuery(CompiledQuery.raw(`PRAGMA ${text}`, []))).rows[0] ?? { v: 0 })[0]);
  const previous = { cache: await pragma('cache_size'), temp: await pragma('temp_store'), foreignKeys: await pragma('foreign_keys') };
  await pragma(`cache_size = -${LARGE_CACHE_KIB}`);
  await pragma('temp_store = MEMORY');
  if (options.checkedForeignKeys) await pragma('foreign_keys = OFF');
  try {
    return await fn();
  } finally {
    await pragma(`cache_size = ${previous.cache}`);
    await pragma(`temp_store = ${previous.temp}`);
    await pragma(`foreign_keys = ${previous.foreignKeys}`);
  }
}
