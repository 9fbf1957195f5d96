/**
 * Data values, append-only: every change is a new row in data_values (version 1, 2, …); current_values
 * points at (and copies) the latest version for fast reads. No data_values row is ever updated or deleted.
 */
import type { Kysely } from 'kysely';
import { ValidationError, type ValidationProblem, type ValueType } from '../../domain/metadata.ts';
import { decodeValue, encodeValue, type DataValueContent } from '../../domain/values.ts';
import { parsePeriod } from '../../domain/periods.ts';
import type { Database } from '../schema.ts';
import type { ValueChange } from '../../domain/value-change.ts';
import { keyOf, writeChunk, type CheckedInput, type ItemWrite } from './write.ts';
import { loadElementRefs } from '../metadata/element-refs.ts';
import { inRetryingTransaction } from '../transaction.ts';

/**
 * Status stored with a version when the writer gives none. Free text otherwise. What a reader is shown is the
 * value's form's workflow state (app/collection/history.ts, form.ts): the workflow moves submissions, not values.
 */
export const DEFAULT_VALUE_STATUS = 'draft';
const ID_CHUNK = 1000;
/** Keys per set-based write: ≤ 12 parameters a row keeps a statement under SQLite's 32,766 and PostgreSQL's 65,535. */
const WRITE_CHUNK = 1000;

export interface ValueKey {
  /** Give the element's code or its id. */
  elementCode?: string;
  elementId?: number;
  unitId: number;
  period: string;
}

export interface ValueInput extends ValueKey {
  value: DataValueContent;
  status?: string;
  comment?: string | null;
  /** Evidence (minh chứng): document number, file reference or link. */
  evidenceRef?: string | null;
  /** Worked back from other figures, not reported as such (default false); the comment says how. */
  derived?: boolean;
  author: string;
  /** 'form' | 'import' | 'api' | 'demo' | … */
  source: string;
}

export type WriteAction = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  action: WriteAction;
  /** The current version after the write. */
  version: number;
}

export type { ItemWrite } from './write.ts';

export interface WriteBatchResult {
  counts: WriteCounts;
  /** Numeric before/after of every created or updated key (for the compute engine's deltas). */
  changes: ValueChange[];
  /** One per input, in order. */
  items: ItemWrite[];
}

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** One stored version of a value. Absent comment/evidence are null. */
export interface DataValueVersion {
  id: number;
  elementId: number;
  elementCode: string;
  unitId: number;
  period: string;
  version: number;
  value: DataValueContent;
  status: string;
  comment: string | null;
  evidenceRef: string | null;
  /** Worked back from other figures (its comment says how), not reported. */
  derived: boolean;
  author: string;
  source: string;
  createdAt: string;
}

/** The current version of a value. */
export type CurrentValue = DataValueVersion;

/**
 * Writes one value: 'unchanged' (nothing written) when value, status, comment and evidence equal the
 * current version, else a new version. Throws ValidationError naming the field.
 */
export async function writeValue(db: Kysely<Database>, input: ValueInput, now: Date = new Date()): Promise<WriteResult> {
  return inRetryingTransaction(db, async (trx) => {
    const [checked] = await check(trx, [input], (field) => field);
    const [written] = await writeChunk(trx, [checked as CheckedInput], now.toISOString());
    const { action, version } = (written as { result: ItemWrite }).result;
    return { action, version };
  });
}

/** Writes many values in ONE transaction: one invalid value (reported as values[i].field) and nothing is written. */
export async function writeValues(db: Kysely<Database>, inputs: readonly ValueInput[], now: Date = new Date()): Promise<WriteCounts> {
  return inRetryingTransaction(db, async (trx) => (await writeValuesIn(trx, inputs, now)).counts);
}

/**
 * Writes many values inside the CALLER's transaction (`trx`), so other writes (audit, aggregates) commit or
 * roll back with them. Throws ValidationError (values[i].field) before writing anything when an input is invalid.
 * Set-based: the current rows of a chunk of keys are claimed and read in one statement each, the new versions
 * and the moved pointers written with one multi-row statement each (see writeChunk). A key given twice is
 * written twice, in order (its k-th occurrence goes in the k-th round, which sees the earlier rounds' writes).
 * `onProgress(done, total)` is called after each chunk.
 */
export async function writeValuesIn(
  trx: Kysely<Database>,
  inputs: readonly ValueInput[],
  now: Date = new Date(),
  onProgress?: (done: number, total: number) => void,
): Promise<WriteBatchResult> {
  const checked = await check(trx, inputs, (field, i) => `values[${i}].${field}`);
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
  const results: Array<{ result: ItemWrite; beforeNum: number | null }> = new Array(checked.length);
  const at = now.toISOString();
  const rounds: number[][] = [];
  const occurrences = new Map<string, number>();
  checked.forEach((item, i) => {
    const key = keyOf(item.element.id, item.unitId, item.period);
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    (rounds[n] ??= []).push(i);
  });
  let done = 0;
  for (const round of rounds) {
    for (let s = 0; s < round.length; s += WRITE_CHUNK) {
      const positions = round.slice(s, s + WRITE_CHUNK);
      const written = await writeChunk(
        trx,
        positions.map((i) => checked[i] as CheckedInput),
        at,
      );
      positions.forEach((i, j) => (results[i] = written[j] as { result: ItemWrite; beforeNum: number | null }));
      done += positions.length;
      onProgress?.(done, checked.length);
    }
  }
  const changes: ValueChange[] = [];
  const items = results.map(({ result, beforeNum }, i) => {
    counts[result.action]++;
    const item = checked[i] as CheckedInput;
    if (result.action !== 'unchanged')
      changes.push({ elementId: item.element.id, unitId: item.unitId, period: item.period, before: beforeNum, after: item.valueNum });
    return result;
  });
  return { counts, changes, items };
}

/** Validates every input against the stored elements and units; throws one ValidationError listing all problems. */
async function check(trx: Kysely<Database>, inputs: readonly ValueInput[], pathOf: (field: string, index: number) => string): Promise<CheckedInput[]> {
  const elements = await loadElementRefs(trx, {
    codes: inputs.filter((k) => k.elementId === undefined && typeof k.elementCode === 'string').map((k) => k.elementCode as string),
    ids: inputs.map((k) => k.elementId).filter((id): id is number => Number.isSafeInteger(id)),
  });
  const units = await existingUnitIds(
    trx,
    inputs.map((i) => i.unitId).filter((id) => Number.isSafeInteger(id)),
  );
  const problems: ValidationProblem[] = [];
  const checked: CheckedInput[] = [];
  inputs.forEach((input, i) => {
    const problem = (field: string, message: string) => problems.push({ path: pathOf(field, i), message });
    const element = input.elementId !== undefined ? elements.byId.get(input.elementId) : elements.byCode.get(input.elementCode ?? '');
    if (!element) {
      const field = input.elementId !== undefined ? 'elementId' : 'elementCode';
      problem(field, `không có phần tử dữ liệu '${input.elementId ?? input.elementCode ?? ''}' / unknown data element`);
    }
    if (!units.has(input.unitId)) problem('unitId', `không có đơn vị id ${String(input.unitId)} / unknown unit`);
    try {
      const period = parsePeriod(input.period);
      if (element && period.type !== element.periodType) {
        problem('period', `kỳ ${period.id} là kỳ ${period.type}, phần tử ${element.code} thu thập theo kỳ ${element.periodType} / wrong period type`);
      }
    } catch (error) {
      problem('period', (error as Error).message);
    }
    const encoded = element ? encodeValue(element.valueType, input.value, element.bounds) : { valueNum: null, valueText: null };
    if ('error' in encoded) problem('value', `${encoded.error} (phần tử ${element?.code}, kiểu ${element?.valueType})`);
    const status = input.status ?? DEFAULT_VALUE_STATUS;
    for (const [field, text] of [
      ['status', status],
      ['author', input.author],
      ['source', input.source],
    ] as const) {
      if (typeof text !== 'string' || text.trim() === '') problem(field, 'bắt buộc / required');
    }
    const comment = optionalText(input.comment);
    const evidenceRef = optionalText(input.evidenceRef);
    if (comment === undefined) problem('comment', 'phải là chuỗi / must be a string');
    if (evidenceRef === undefined) problem('evidenceRef', 'phải là chuỗi / must be a string');
    if (element && !('error' in encoded) && comment !== undefined && evidenceRef !== undefined) {
      checked.push({
        element,
        unitId: input.unitId,
        period: input.period,
        ...encoded,
        status,
        comment,
        evidenceRef,
        derived: input.derived === true,
        author: input.author,
        source: input.source,
      });
    }
  });
  if (problems.length > 0) throw new ValidationError(problems, 'Số liệu không hợp lệ, không ghi gì / invalid values, nothing written');
  return checked;
}

/** null for absent or empty, undefined when not a string. */
function optionalText(value: unknown): string | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' ? value : undefined;
}

async function existingUnitIds(db: Kysely<Database>, ids: number[]): Promise<Set<number>> {
  const unique = [...new Set(ids)];
  const found = new Set<number>();
  for (let i = 0; i < unique.length; i += ID_CHUNK) {
    const rows = await db
      .selectFrom('units')
      .select('id')
      .where('id', 'in', unique.slice(i, i + ID_CHUNK))
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

function versionsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('dataValues')
    .innerJoin('dataElements', 'dataElements.id', 'dataValues.elementId')
    .select([
      'dataValues.id',
      'dataValues.elementId',
      'dataElements.code as elementCode',
      'dataElements.valueType',
      'dataValues.unitId',
      'dataValues.period',
      'dataValues.version',
      'dataValues.valueNum',
      'dataValues.valueText',
      'dataValues.status',
      'dataValues.comment',
      'dataValues.evidenceRef',
      'dataValues.derived',
      'dataValues.author',
      'dataValues.source',
      'dataValues.createdAt',
    ]);
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof versionsQuery>['execute']>>[number];

function toVersion({ valueType, valueNum, valueText, derived, ...row }: VersionRow): DataValueVersion {
  return { ...row, id: Number(row.id), derived: Number(derived) === 1, value: decodeValue(valueType as ValueType, { valueNum, valueText }) };
}

async function resolveElementId(db: Kysely<Database>, key: ValueKey): Promise<number | null> {
  if (key.elementId !== undefined) return key.elementId;
  const row = await db
    .selectFrom('dataElements')
    .select('id')
    .where('code', '=', key.elementCode ?? '')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The current version of (element, unit, period), or null when never written. */
export async function getCurrentValue(db: Kysely<Database>, key: ValueKey): Promise<CurrentValue | null> {
  const elementId = await resolveElementId(db, key);
  if (elementId === null) return null;
  const row = await versionsQuery(db)
    .innerJoin('currentValues', 'currentValues.valueId', 'dataValues.id')
    .where('currentValues.elementId', '=', elementId)
    .where('currentValues.unitId', '=', key.unitId)
    .where('currentValues.period', '=', key.period)
    .executeTakeFirst();
  return row ? toVersion(row) : null;
}

/** Every version of (element, unit, period), oldest first. */
export async function getValueHistory(db: Kysely<Database>, key: ValueKey): Promise<DataValueVersion[]> {
  const elementId = await resolveElementId(db, key);
  if (elementId === null) return [];
  const rows = await versionsQuery(db)
    .where('dataValues.elementId', '=', elementId)
    .where('dataValues.unitId', '=', key.unitId)
    .where('dataValues.period', '=', key.period)
    .orderBy('dataValues.version')
    .execute();
  return rows.map(toVersion);
}

export interface CurrentValueFilter {
  elementIds?: readonly number[];
  unitIds?: readonly number[];
  periods?: readonly string[];
}

/** Current values matching every given filter (an empty list matches nothing), ordered by element, unit, period. */
export async function listCurrentValues(db: Kysely<Database>, filter: CurrentValueFilter = {}): Promise<CurrentValue[]> {
  if ([filter.elementIds, filter.unitIds, filter.periods].some((list) => list !== undefined && list.length === 0)) return [];
  let query = versionsQuery(db).innerJoin('currentValues', 'currentValues.valueId', 'dataValues.id');
  if (filter.elementIds) query = query.where('currentValues.elementId', 'in', filter.elementIds);
  if (filter.unitIds) query = query.where('currentValues.unitId', 'in', filter.unitIds);
  if (filter.periods) query = query.where('currentValues.period', 'in', filter.periods);
  const rows = await query.orderBy('currentValues.elementId').orderBy('currentValues.unitId').orderBy('currentValues.period').execute();
  return rows.map(toVersion);
}

/**
 * The version of each value of one unit and period that was current at `at` (the last one created at or before
 * it), for some elements: what a form held when it was approved.
 */
export async function valuesAsOf(
  db: Kysely<Database>,
  key: { unitId: number; period: string; elementIds: readonly number[]; at: string },
): Promise<DataValueVersion[]> {
  if (key.elementIds.length === 0) return [];
  const rows = await versionsQuery(db)
    .where('dataValues.unitId', '=', key.unitId)
    .where('dataValues.period', '=', key.period)
    .where('dataValues.elementId', 'in', [...key.elementIds])
    .where('dataValues.createdAt', '<=', key.at)
    .orderBy('dataValues.elementId')
    .orderBy('dataValues.version')
    .execute();
  const last = new Map<number, VersionRow>();
  for (const row of rows) last.set(row.elementId, row);
  return [...last.values()].map(toVersion);
}
