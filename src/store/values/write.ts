/**
 * The set-based core of values-repo's writes: a chunk of distinct keys written with a fixed number of
 * statements (claim the current rows, read their versions, append the new versions, move the pointers).
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import { decodeValue, type DataValueContent } from '../../domain/values.ts';
import type { Database } from '../schema.ts';
import type { ElementRef } from '../metadata/element-refs.ts';

/** What one item's write found and did: the version before (null when there was none) and the action. */
export interface ItemWrite {
  action: 'created' | 'updated' | 'unchanged';
  /** The current version after the write. */
  version: number;
  before: { value: DataValueContent; status: string; comment: string | null; evidenceRef: string | null } | null;
}

export interface CheckedInput {
  element: ElementRef;
  unitId: number;
  period: string;
  valueNum: number | null;
  valueText: string | null;
  status: string;
  comment: string | null;
  evidenceRef: string | null;
  derived: boolean;
  author: string;
  source: string;
}

export const keyOf = (elementId: number, unitId: number, period: string): string => `${elementId}|${unitId}|${period}`;

/** Keys as a WHERE: one (element, period, unit IN …) group per element and period, so the match is exact. */
function keysWhere(chunk: readonly CheckedInput[]) {
  const groups = new Map<string, { elementId: number; period: string; unitIds: number[] }>();
  for (const c of chunk) {
    const g = `${c.element.id}|${c.period}`;
    const group = groups.get(g) ?? { elementId: c.element.id, period: c.period, unitIds: [] };
    group.unitIds.push(c.unitId);
    groups.set(g, group);
  }
  return (eb: ExpressionBuilder<Database, 'currentValues'>) =>
    eb.or([...groups.values()].map((g) => eb.and([eb('elementId', '=', g.elementId), eb('period', '=', g.period), eb('unitId', 'in', g.unitIds)])));
}

/**
 * Writes a chunk of distinct keys: claims their current rows (a no-op UPDATE: PostgreSQL locks them, so a
 * concurrent writer waits and then reads our versions; SQLite holds its write lock), reads the versions they
 * point at, appends a new version for every key whose value, status, comment, evidence or derived mark differs (or is new),
 * and moves the pointers (an upsert). Four statements whatever the chunk's size.
 */
export async function writeChunk(
  trx: Kysely<Database>,
  chunk: readonly CheckedInput[],
  at: string,
): Promise<Array<{ result: ItemWrite; beforeNum: number | null }>> {
  const claimed = await trx
    .updateTable('currentValues')
    .set((eb) => ({ version: eb.ref('version') }))
    .where(keysWhere(chunk))
    .returning(['elementId', 'unitId', 'period', 'valueId', 'version'])
    .execute();
  const currentByKey = new Map(claimed.map((c) => [keyOf(c.elementId, c.unitId, c.period), { valueId: Number(c.valueId), version: c.version }]));
  const previousById = new Map<
    number,
    { valueNum: number | null; valueText: string | null; status: string; comment: string | null; evidenceRef: string | null; derived: number }
  >();
  if (claimed.length > 0) {
    const rows = await trx
      .selectFrom('dataValues')
      .select(['id', 'valueNum', 'valueText', 'status', 'comment', 'evidenceRef', 'derived'])
      .where(
        'id',
        'in',
        [...currentByKey.values()].map((c) => c.valueId),
      )
      .execute();
    for (const { id, ...row } of rows) previousById.set(Number(id), row);
  }
  const out: Array<{ result: ItemWrite; beforeNum: number | null }> = [];
  const toWrite: Array<{ item: CheckedInput; version: number }> = [];
  for (const item of chunk) {
    const current = currentByKey.get(keyOf(item.element.id, item.unitId, item.period));
    const previous = current ? previousById.get(current.valueId) : undefined;
    if (current && !previous) throw new Error(`current_values points at a missing data_values row ${current.valueId}`);
    const before: ItemWrite['before'] = previous
      ? { value: decodeValue(item.element.valueType, previous), status: previous.status, comment: previous.comment, evidenceRef: previous.evidenceRef }
      : null;
    const beforeNum = previous?.valueNum ?? null;
    const same =
      previous !== undefined &&
      previous.valueNum === item.valueNum &&
      previous.valueText === item.valueText &&
      previous.status === item.status &&
      previous.comment === item.comment &&
      previous.evidenceRef === item.evidenceRef &&
      Number(previous.derived) === (item.derived ? 1 : 0);
    if (current && same) {
      out.push({ result: { action: 'unchanged', version: current.version, before }, beforeNum });
      continue;
    }
    const version = (current?.version ?? 0) + 1;
    toWrite.push({ item, version });
    out.push({ result: { action: current ? 'updated' : 'created', version, before }, beforeNum });
  }
  if (toWrite.length === 0) return out;
  const inserted = await trx
    .insertInto('dataValues')
    .values(
      toWrite.map(({ item, version }) => ({
        elementId: item.element.id,
        unitId: item.unitId,
        period: item.period,
        version,
        valueNum: item.valueNum,
        valueText: item.valueText,
        status: item.status,
        comment: item.comment,
        evidenceRef: item.evidenceRef,
        derived: item.derived ? 1 : 0,
        author: item.author,
        source: item.source,
        createdAt: at,
      })),
    )
    .returning(['id', 'elementId', 'unitId', 'period'])
    .execute();
  const idByKey = new Map(inserted.map((r) => [keyOf(r.elementId, r.unitId, r.period), Number(r.id)]));
  await trx
    .insertInto('currentValues')
    .values(
      toWrite.map(({ item, version }) => ({
        elementId: item.element.id,
        unitId: item.unitId,
        period: item.period,
        valueId: idByKey.get(keyOf(item.element.id, item.unitId, item.period)) as number,
        version,
        valueNum: item.valueNum,
        valueText: item.valueText,
        status: item.status,
        updatedAt: at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['elementId', 'unitId', 'period']).doUpdateSet((eb) => ({
        valueId: eb.ref('excluded.valueId'),
        version: eb.ref('excluded.version'),
        valueNum: eb.ref('excluded.valueNum'),
        valueText: eb.ref('excluded.valueText'),
        status: eb.ref('excluded.status'),
        updatedAt: eb.ref('excluded.updatedAt'),
      })),
    )
    .execute();
  return out;
}
