/**
 * A small tree through a reform on 2025-07-01 (direct inserts):
 *   before: VN → A → D → C1, C2, C3;  VN → B → E → C4
 *   after:  VN → N → X, Y, Z   (A, B → N wholly; C1 → X; C2 → X and Y partly, no share;
 *                               C3 → Y; C4 → Y 0.6 and Z 0.4, declared)
 * Elements: NUM, DEN (monthly flows), STOCK (monthly stock), RATE (not summed up the tree).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.ts';
import { upsertIndicator } from '../../src/store/metadata/repo.ts';
import { getCurrentValue, writeValues, type ValueInput } from '../../src/store/values/repo.ts';
import { openAggregateSink } from '../../src/compute/aggregates/sink.ts';
import type { ValueChange } from '../../src/domain/value-change.ts';

export const REFORM = '2025-07-01';
const OPEN_FROM = '0001-01-01';
const OPEN_TO = '9999-12-31';
const CREATED = '2024-01-01T00:00:00.000Z';

export type Ids = Record<string, number>;

async function unit(db: Kysely<Database>, code: string, level: string, from: string, to: string): Promise<number> {
  const row = await db
    .insertInto('units')
    .values({
      code,
      level,
      type: level,
      name: `Đơn vị ${code}`,
      nameEn: code,
      fullName: code,
      fullNameEn: code,
      searchText: code.toLowerCase(),
      validFrom: from,
      validFromKnown: 1,
      validTo: to,
      validToKnown: 1,
      source: 'test',
      note: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function buildFixture(db: Kysely<Database>): Promise<Ids> {
  const ids: Ids = {};
  ids.VN = await unit(db, 'VN', 'country', OPEN_FROM, OPEN_TO);
  for (const [code, level] of [
    ['A', 'province'],
    ['B', 'province'],
    ['D', 'district'],
    ['E', 'district'],
    ['C1', 'commune'],
    ['C2', 'commune'],
    ['C3', 'commune'],
    ['C4', 'commune'],
  ] as const) {
    ids[code] = await unit(db, code, level, OPEN_FROM, REFORM);
  }
  for (const [code, level] of [
    ['N', 'province'],
    ['X', 'commune'],
    ['Y', 'commune'],
    ['Z', 'commune'],
  ] as const)
    ids[code] = await unit(db, code, level, REFORM, OPEN_TO);
  const parent = (child: string, par: string, from: string, to: string) => ({ childId: ids[child]!, parentId: ids[par]!, validFrom: from, validTo: to });
  await db
    .insertInto('unitParents')
    .values([
      parent('A', 'VN', OPEN_FROM, REFORM),
      parent('B', 'VN', OPEN_FROM, REFORM),
      parent('D', 'A', OPEN_FROM, REFORM),
      parent('E', 'B', OPEN_FROM, REFORM),
      parent('C1', 'D', OPEN_FROM, REFORM),
      parent('C2', 'D', OPEN_FROM, REFORM),
      parent('C3', 'D', OPEN_FROM, REFORM),
      parent('C4', 'E', OPEN_FROM, REFORM),
      parent('N', 'VN', REFORM, OPEN_TO),
      parent('X', 'N', REFORM, OPEN_TO),
      parent('Y', 'N', REFORM, OPEN_TO),
      parent('Z', 'N', REFORM, OPEN_TO),
    ])
    .execute();
  const event = await db
    .insertInto('lineageEvents')
    .values({ kind: 'merge', date: REFORM, legalBasis: null, note: null, source: 'test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const link = (from: string, to: string, kind: string, share: number | null) => ({
    eventId: event.id,
    fromUnitId: ids[from]!,
    toUnitId: ids[to]!,
    kind,
    share,
  });
  await db
    .insertInto('lineageLinks')
    .values([
      link('A', 'N', 'full', null),
      link('B', 'N', 'full', null),
      link('C1', 'X', 'full', null),
      link('C2', 'X', 'partial', null),
      link('C2', 'Y', 'partial', null),
      link('C3', 'Y', 'full', null),
      link('C4', 'Y', 'partial', 0.6),
      link('C4', 'Z', 'partial', 0.4),
    ])
    .execute();
  // Raw rows with the first migration's columns only, so the fixture also builds a store at an older migration
  // (migrate-lean-aggregates.test.ts), whatever columns later migrations add.
  const element = (code: string, timeAggregation: 'sum' | 'last', hierarchyAggregation: 'sum' | 'none' = 'sum') =>
    db
      .insertInto('dataElements')
      .values({
        code,
        name: code,
        nameEn: code,
        description: null,
        valueType: 'number',
        timeAggregation,
        hierarchyAggregation,
        periodType: 'monthly',
        unitOfMeasure: null,
        createdAt: CREATED,
        updatedAt: CREATED,
      })
      .execute();
  await element('NUM', 'sum');
  await element('DEN', 'sum');
  await element('STOCK', 'last');
  await element('RATE', 'last', 'none');
  const indicator = (code: string, numerator: string, denominator: string | undefined, factor: number) =>
    upsertIndicator(db, {
      code,
      name: code,
      nameEn: code,
      numerator,
      ...(denominator ? { denominator } : {}),
      factor,
      decimals: 2,
      direction: 'higher_is_better',
      unitOfMeasure: '%',
    });
  await indicator('RATIO', '#{NUM}', '#{DEN}', 100);
  await indicator('FLOW', '#{NUM}', undefined, 1);
  await indicator('STOCKI', '#{STOCK}', undefined, 1);
  await indicator('RATEI', '#{RATE}', undefined, 1);
  return ids;
}

export type Put = [element: string, unit: string, period: string, value: number];

/** Writes values and applies their changes to the aggregates in ONE transaction (what recordValues does). */
export async function writeLive(db: Kysely<Database>, ids: Ids, puts: readonly Put[], fail = false): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const elements = new Map((await trx.selectFrom('dataElements').select(['id', 'code']).execute()).map((e) => [e.code, e.id]));
    const changes: ValueChange[] = [];
    const inputs: ValueInput[] = [];
    const latest = new Map<string, number>();
    for (const [element, unitCode, period, value] of puts) {
      const unitId = ids[unitCode]!;
      const key = `${element}|${unitId}|${period}`;
      const stored = await getCurrentValue(trx, { elementCode: element, unitId, period });
      const before = latest.get(key) ?? (stored ? (stored.value as number) : null);
      latest.set(key, value);
      changes.push({ elementId: elements.get(element)!, unitId, period, before, after: value });
      inputs.push({ elementCode: element, unitId, period, value, author: 'test', source: 'test' });
    }
    await writeValues(trx, inputs);
    const sink = await openAggregateSink(trx, { mode: 'live' });
    await sink.add(changes);
    await sink.close();
    if (fail) throw new Error('rollback on purpose');
  });
}
