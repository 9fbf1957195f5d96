/**
 * The bulk ingest path: millions of values from a trusted loader (a source system's export, a migration,
 * the benchmark), without the per-item work of recordValues (permissions, locks, rules, evidence, audit —
 * use recordValues for people and API clients). What it keeps of a real ingest path:
 * - validation of every row: element (id or code), unit (id, or code → the version in force at the period's
 *   end), period (well formed, of the element's period type, within the unit's life), value (of the
 *   element's type and within its bounds), no key twice in a batch; problems name the row (rows[i].field), Vietnamese first;
 * - ONE transaction for the whole call: any problem, anywhere in the stream, and nothing is written;
 * - versions appended to data_values (a value equal to the current one, with the same status, is left as is),
 *   current_values moved (store/values/bulk.ts: staged, set-based, dialect-specific only in how rows are staged);
 * - aggregates consistent at commit, in the same transaction, through the aggregate sink
 *   (compute/aggregates/sink.ts) in the mode asked:
 *     'live'       — each batch's changes applied as deltas through the closure, as a user's save does;
 *     'accumulate' — the load's changes summed in memory and added to the rows at the end (or past a memory
 *                    budget), far fewer statements per value for large loads;
 *     'rebuild'    — at the end, every row of the elements written rebuilt from their current values (the
 *                    full recompute's roll-up);
 *     'auto' (default) — live deltas while the load has written at most 20,000 values, accumulated past that;
 *   the closure is read as stored (a unit tree change rebuilds it): a load meeting units it does not cover is
 *   refused (AGGREGATES_NOT_READY);
 * Code → id maps (elements, units with their life spans) are loaded once per call.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { ValidationError, type ValidationProblem, type ValueType } from '../../domain/metadata.ts';
import { encodeValue, valueBounds, type DataValueContent, type ValueBounds } from '../../domain/values.ts';
import { parsePeriod, type Period } from '../../domain/periods.ts';
import { DEFAULT_VALUE_STATUS } from '../../store/values/repo.ts';
import { closeStage, openStage, refreshStatistics, withLargeCache, writeStagedBatch, type StagedValue } from '../../store/values/bulk.ts';
import { readBulkLookups } from '../../store/values/bulk-lookups.ts';
import { openAggregateSink, type SinkMode, type SinkReport } from '../../compute/aggregates/sink.ts';

export interface BulkRow {
  elementId?: number;
  elementCode?: string;
  unitId?: number;
  unitCode?: string;
  period: string;
  value: DataValueContent;
}

/** The aggregate sink's mode for the load (see above). */
export type BulkAggregates = SinkMode;

export interface BulkContext {
  author: string;
  source: string;
  /** Status of the versions written (default 'draft'). */
  status?: string;
  aggregates?: BulkAggregates;
  /** 'accumulate': accumulator cells held in memory before they are added to the aggregates (default ~6 million, ~100 MB). */
  accumulatorCells?: number;
  /** Rows per staged batch (default 100,000). */
  batchSize?: number;
  now?: Date;
  onProgress?: (read: number) => void;
}

export interface BulkResult {
  /** Rows read from the stream. */
  read: number;
  /** New versions written (rows equal to their current value are not). */
  written: number;
  /** The mode that wrote the aggregates ('auto' ends as 'live' or 'accumulate'). */
  aggregates: SinkReport['mode'];
  /** From the call to the end of the commit. */
  durationMs: number;
}

const MAX_PROBLEMS = 50;

interface ElementRef {
  id: number;
  code: string;
  valueType: ValueType;
  periodType: string;
  bounds: ValueBounds;
}
interface UnitSpan {
  id: number;
  level: string;
  validFrom: string;
  validTo: string;
}

export async function bulkRecordValues(store: Store, rows: AsyncIterable<BulkRow> | Iterable<BulkRow>, ctx: BulkContext): Promise<BulkResult> {
  const started = performance.now();
  for (const [field, text] of [
    ['author', ctx.author],
    ['source', ctx.source],
  ] as const) {
    if (typeof text !== 'string' || text.trim() === '')
      throw new ValidationError([{ path: field, message: 'bắt buộc / required' }], 'Thiếu thông tin nạp / missing load context');
  }
  const mode = ctx.aggregates ?? 'auto';
  const batchSize = ctx.batchSize ?? 100_000;
  const writeCtx = { author: ctx.author, source: ctx.source, status: ctx.status ?? DEFAULT_VALUE_STATUS, at: (ctx.now ?? new Date()).toISOString() };
  // Timed to the end of the commit (SQLite: including the WAL checkpoint it triggers), not of the callback.
  const result = await withLargeCache(
    store,
    () =>
      store.db.transaction().execute(async (trx) => {
        const maps = await loadMaps(trx);
        const periods = new Map<string, Period | string>();
        const aggregates = await openAggregateSink(
          trx,
          mode === 'live' ? { mode } : { mode, store, ...(ctx.accumulatorCells ? { accumulatorCells: ctx.accumulatorCells } : {}) },
        );
        let read = 0;
        let written = 0;
        let batches = 0;
        await openStage(trx, store.dialect);
        let batch: IndexedValue[] = [];
        const problems: ValidationProblem[] = [];

        const flush = async () => {
          // In the tables' key order: each index of data_values and current_values then grows in runs, not at random;
          // a key twice in the batch is then two neighbours.
          batch = sortByKey(batch);
          for (let i = 1; i < batch.length; i++) {
            if (byKey(batch[i - 1]!, batch[i]!) === 0)
              addProblem(
                problems,
                Math.max(batch[i - 1]!.index, batch[i]!.index),
                'period',
                'giá trị trùng (phần tử, đơn vị, kỳ) trong cùng lô / the same key twice in one batch',
              );
          }
          if (problems.length > 0) throw new ValidationError(problems, 'Số liệu không hợp lệ, không ghi gì / invalid values, nothing written');
          if (batch.length === 0) return;
          const result = await writeStagedBatch(trx, store, batch, writeCtx, aggregates.needsChanges);
          written += result.written;
          batches += 1;
          // Statistics after batches 1, 2, 4, 8, … (PostgreSQL only): plans follow the tables' growth.
          if ((batches & (batches - 1)) === 0) await refreshStatistics(trx, store.dialect, ['current_values', 'data_values']);
          await aggregates.add(aggregates.needsChanges ? result.changes : batch);
          batch = [];
          ctx.onProgress?.(read);
        };

        const accept = (row: BulkRow): boolean => {
          const staged = checkRow(row, read++, maps, periods, problems);
          if (staged) batch.push(staged);
          return problems.length >= MAX_PROBLEMS || batch.length >= batchSize;
        };
        // A synchronous source is read without a promise per row.
        if (Symbol.asyncIterator in rows) {
          for await (const row of rows) if (accept(row)) await flush();
        } else {
          for (const row of rows) if (accept(row)) await flush();
        }
        await flush();
        await closeStage(trx, store.dialect);

        const used = await aggregates.close();
        return { read, written, aggregates: used.mode, durationMs: 0 };
      }),
    { checkedForeignKeys: true },
  );
  return { ...result, durationMs: performance.now() - started };
}

/**
 * The batch in key order (element, unit, period). Fast path: each row's key packed with its position into one
 * double — (element − min, unit − min, period rank) in the high bits, the position in the low 20 — and the
 * doubles sorted natively (no comparator call per comparison); when the key space is too wide for 53 bits,
 * a comparator sort.
 */
function sortByKey<T extends StagedValue>(batch: T[]): T[] {
  const n = batch.length;
  if (n < 2) return batch;
  let minElement = Infinity;
  let maxElement = -Infinity;
  let minUnit = Infinity;
  let maxUnit = -Infinity;
  const periodRank = new Map<string, number>();
  for (const r of batch) {
    if (r.elementId < minElement) minElement = r.elementId;
    if (r.elementId > maxElement) maxElement = r.elementId;
    if (r.unitId < minUnit) minUnit = r.unitId;
    if (r.unitId > maxUnit) maxUnit = r.unitId;
    if (!periodRank.has(r.period)) periodRank.set(r.period, 0);
  }
  [...periodRank.keys()].sort().forEach((p, i) => periodRank.set(p, i));
  const units = maxUnit - minUnit + 1;
  const periods = periodRank.size;
  const POSITION = 2 ** 20;
  if (n > POSITION || (maxElement - minElement + 1) * units * periods * POSITION > Number.MAX_SAFE_INTEGER) return batch.sort(byKey);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = batch[i]!;
    keys[i] = (((r.elementId - minElement) * units + (r.unitId - minUnit)) * periods + periodRank.get(r.period)!) * POSITION + i;
  }
  keys.sort();
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = batch[keys[i]! % POSITION]!;
  return out;
}

function byKey(a: StagedValue, b: StagedValue): number {
  return a.elementId - b.elementId || a.unitId - b.unitId || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);
}

function addProblem(problems: ValidationProblem[], index: number, field: string, message: string): void {
  if (problems.length < MAX_PROBLEMS) problems.push({ path: `rows[${index}].${field}`, message });
}

/** A staged value with its row number in the stream (to name a duplicate key). */
interface IndexedValue extends StagedValue {
  index: number;
}

function checkRow(row: BulkRow, index: number, maps: Maps, periods: Map<string, Period | string>, problems: ValidationProblem[]): IndexedValue | null {
  if (typeof row !== 'object' || row === null) {
    addProblem(problems, index, '(row)', 'phải là một đối tượng / must be an object');
    return null;
  }
  const element = row.elementId !== undefined ? maps.elementsById.get(row.elementId) : maps.elementsByCode.get(row.elementCode ?? '');
  if (!element)
    addProblem(
      problems,
      index,
      row.elementId !== undefined ? 'elementId' : 'elementCode',
      `không có phần tử dữ liệu '${row.elementId ?? row.elementCode ?? ''}' / unknown data element`,
    );
  let period = periods.get(row.period);
  if (period === undefined) {
    try {
      period = parsePeriod(row.period);
    } catch (error) {
      period = (error as Error).message;
    }
    periods.set(row.period, period);
  }
  if (typeof period === 'string') {
    addProblem(problems, index, 'period', period);
    return null;
  }
  if (element && period.type !== element.periodType)
    addProblem(
      problems,
      index,
      'period',
      `kỳ ${period.id} là kỳ ${period.type}, phần tử ${element.code} thu thập theo kỳ ${element.periodType} / wrong period type`,
    );
  const unit = row.unitId !== undefined ? maps.unitsById.get(row.unitId) : unitAt(maps.unitsByCode.get(row.unitCode ?? ''), period.end);
  if (!unit) {
    const field = row.unitId !== undefined ? 'unitId' : 'unitCode';
    addProblem(problems, index, field, `không có đơn vị '${row.unitId ?? row.unitCode ?? ''}' vào ngày ${period.end} / unknown unit at the period's end`);
    return null;
  }
  if (!(unit.validFrom <= period.end && unit.validTo > period.start)) {
    addProblem(
      problems,
      index,
      row.unitId !== undefined ? 'unitId' : 'unitCode',
      `đơn vị id ${unit.id} không tồn tại trong kỳ ${period.id} / the unit did not exist in that period`,
    );
  }
  if (!element) return null;
  const encoded = encodeValue(element.valueType, row.value, element.bounds);
  if ('error' in encoded) {
    addProblem(problems, index, 'value', `${encoded.error} (phần tử ${element.code}, kiểu ${element.valueType})`);
    return null;
  }
  return { elementId: element.id, unitId: unit.id, period: period.id, valueNum: encoded.valueNum, valueText: encoded.valueText, index };
}

/** The version in force on `date`; several (a code at two levels): the alphabetically first level, as findUnit. */
function unitAt(versions: UnitSpan[] | undefined, date: string): UnitSpan | undefined {
  let chosen: UnitSpan | undefined;
  for (const v of versions ?? []) {
    if (v.validFrom <= date && date < v.validTo && (!chosen || v.level < chosen.level)) chosen = v;
  }
  return chosen;
}

interface Maps {
  elementsById: Map<number, ElementRef>;
  elementsByCode: Map<string, ElementRef>;
  unitsById: Map<number, UnitSpan>;
  unitsByCode: Map<string, UnitSpan[]>;
}

async function loadMaps(db: Kysely<Database>): Promise<Maps> {
  const { elements, units } = await readBulkLookups(db);
  const refs = elements.map(({ minValue, maxValue, ...e }): ElementRef => {
    const valueType = e.valueType as ValueType;
    return {
      ...e,
      valueType,
      bounds: valueBounds({ valueType, minValue: minValue === null ? null : Number(minValue), maxValue: maxValue === null ? null : Number(maxValue) }),
    };
  });
  const unitsByCode = new Map<string, UnitSpan[]>();
  for (const { code, ...span } of units) {
    const list = unitsByCode.get(code);
    if (list) list.push(span);
    else unitsByCode.set(code, [span]);
  }
  return {
    elementsById: new Map(refs.map((e) => [e.id, e])),
    elementsByCode: new Map(refs.map((e) => [e.code, e])),
    unitsById: new Map(units.map(({ code: _code, ...span }) => [span.id, span])),
    unitsByCode,
  };
}
