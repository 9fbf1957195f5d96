import { beforeAll, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import { ValidationError, type DataElement } from '../../src/domain/metadata.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { getCurrentValue, getValueHistory, listCurrentValues, writeValue, writeValues, type ValueInput } from '../../src/store/values/repo.ts';
import type { Database } from '../../src/store/schema.ts';

const base = { timeAggregation: 'last', hierarchyAggregation: 'sum', periodType: 'yearly' } as const;
const ELEMENTS: DataElement[] = [
  { ...base, code: 'XA_CAP_QUANG', name: 'Số xã kết nối cáp quang', nameEn: 'Communes with fibre', valueType: 'integer' },
  { ...base, code: 'TL_4G', name: 'Tỷ lệ phủ sóng 4G', nameEn: '4G coverage', valueType: 'percentage', hierarchyAggregation: 'none' },
  { ...base, code: 'KH_BAN_HANH', name: 'Đã ban hành kế hoạch', nameEn: 'Plan issued', valueType: 'boolean', hierarchyAggregation: 'none' },
  {
    ...base,
    code: 'SO_VAN_BAN',
    name: 'Số hiệu văn bản',
    nameEn: 'Document number',
    valueType: 'document',
    timeAggregation: 'none',
    hierarchyAggregation: 'none',
  },
  {
    ...base,
    code: 'HS_THANG',
    name: 'Hồ sơ trong tháng',
    nameEn: 'Applications in the month',
    valueType: 'integer',
    timeAggregation: 'sum',
    periodType: 'monthly',
  },
];

async function insertUnit(db: Kysely<Database>, code: string, name: string): Promise<number> {
  const row = await db
    .insertInto('units')
    .values({
      code,
      level: 'province',
      type: 'province',
      name,
      nameEn: name,
      fullName: `Tỉnh ${name}`,
      fullNameEn: `${name} Province`,
      searchText: name.toLowerCase(),
      validFrom: '0001-01-01',
      validFromKnown: 0,
      validTo: '9999-12-31',
      validToKnown: 1,
      codeOfficial: 1,
      source: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function countRows(db: Kysely<Database>, table: 'dataValues' | 'currentValues'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachDialect('data values', (ctx) => {
  let daklak = 0;
  let lamDong = 0;
  const input = (over: Partial<ValueInput>): ValueInput => ({
    elementCode: 'XA_CAP_QUANG',
    unitId: daklak,
    period: '2023',
    value: 70,
    author: 'tester',
    source: 'form',
    ...over,
  });

  beforeAll(async () => {
    for (const element of ELEMENTS) await upsertDataElement(ctx.store.db, element);
    daklak = await insertUnit(ctx.store.db, '66', 'Đắk Lắk');
    lamDong = await insertUnit(ctx.store.db, '68', 'Lâm Đồng');
  });

  it('a value written twice has two versions and one current value', async () => {
    const db = ctx.store.db;
    const first = await writeValue(db, input({ value: 70, comment: 'Theo báo cáo quý' }), new Date('2024-01-10T08:00:00Z'));
    const second = await writeValue(db, input({ value: 71, evidenceRef: '12/BC-UBND' }), new Date('2024-01-11T08:00:00Z'));
    expect(first).toEqual({ action: 'created', version: 1 });
    expect(second).toEqual({ action: 'updated', version: 2 });
    const history = await getValueHistory(db, { elementCode: 'XA_CAP_QUANG', unitId: daklak, period: '2023' });
    expect(history.map((v) => [v.version, v.value, v.comment, v.evidenceRef, v.createdAt])).toEqual([
      [1, 70, 'Theo báo cáo quý', null, '2024-01-10T08:00:00.000Z'],
      [2, 71, null, '12/BC-UBND', '2024-01-11T08:00:00.000Z'],
    ]);
    const current = await getCurrentValue(db, { elementCode: 'XA_CAP_QUANG', unitId: daklak, period: '2023' });
    expect(current).toMatchObject({ version: 2, value: 71, status: 'draft', evidenceRef: '12/BC-UBND', author: 'tester', source: 'form', id: history[1]!.id });
    const currents = await listCurrentValues(db, { unitIds: [daklak], periods: ['2023'] });
    expect(currents.filter((v) => v.elementCode === 'XA_CAP_QUANG')).toHaveLength(1);
  });

  it('writing the same value again is unchanged and writes nothing', async () => {
    const db = ctx.store.db;
    const before = await countRows(db, 'dataValues');
    expect(await writeValue(db, input({ value: 71, evidenceRef: '12/BC-UBND' }))).toEqual({ action: 'unchanged', version: 2 });
    expect(await countRows(db, 'dataValues')).toBe(before);
    expect(await writeValue(db, input({ value: 71, evidenceRef: '12/BC-UBND', status: 'submitted' }))).toEqual({ action: 'updated', version: 3 });
    expect(await writeValue(db, input({ value: 71, evidenceRef: '12/BC-UBND', status: 'submitted', comment: 'đã kiểm tra' }))).toEqual({
      action: 'updated',
      version: 4,
    });
    const history = await getValueHistory(db, { elementCode: 'XA_CAP_QUANG', unitId: daklak, period: '2023' });
    expect(history.map((v) => v.version)).toEqual([1, 2, 3, 4]);
  });

  it('keeps each value type, addressed by code or id', async () => {
    const db = ctx.store.db;
    const element = await db.selectFrom('dataElements').select('id').where('code', '=', 'KH_BAN_HANH').executeTakeFirstOrThrow();
    const counts = await writeValues(db, [
      input({ elementCode: 'TL_4G', unitId: lamDong, value: 98.5 }),
      input({ elementCode: undefined, elementId: element.id, unitId: lamDong, value: true }),
      input({ elementCode: 'SO_VAN_BAN', unitId: lamDong, value: '12/KH-UBND' }),
      input({ elementCode: 'HS_THANG', unitId: lamDong, period: '202306', value: 1200 }),
    ]);
    expect(counts).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const values = await listCurrentValues(db, { unitIds: [lamDong] });
    expect(Object.fromEntries(values.map((v) => [`${v.elementCode}@${v.period}`, v.value]))).toEqual({
      'TL_4G@2023': 98.5,
      'KH_BAN_HANH@2023': true,
      'SO_VAN_BAN@2023': '12/KH-UBND',
      'HS_THANG@202306': 1200,
    });
    expect(await listCurrentValues(db, { elementIds: [element.id] })).toEqual([expect.objectContaining({ unitId: lamDong, value: true })]);
    expect(await listCurrentValues(db, { elementIds: [] })).toEqual([]);
  });

  it('a batch with one invalid value writes nothing and names every problem', async () => {
    const db = ctx.store.db;
    const before = { values: await countRows(db, 'dataValues'), current: await countRows(db, 'currentValues') };
    const batch = [
      input({ unitId: lamDong, value: 12 }),
      input({ elementCode: 'TL_4G', unitId: lamDong, value: 120 }),
      input({ elementCode: 'HS_THANG', period: '2023Q5' }),
      input({ elementCode: 'HS_THANG', period: '2023' }),
      input({ elementCode: 'KHONG_CO', unitId: 999999, author: '' }),
      input({ value: 1.5 }),
    ];
    const error = await writeValues(db, batch).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.path)).toEqual([
      'values[1].value',
      'values[2].period',
      'values[3].period',
      'values[4].elementCode',
      'values[4].unitId',
      'values[4].author',
      'values[5].value',
    ]);
    expect((error as ValidationError).problems[0]?.message).toContain('0 đến 100');
    expect({ values: await countRows(db, 'dataValues'), current: await countRows(db, 'currentValues') }).toEqual(before);
    expect(await getCurrentValue(db, { elementCode: 'XA_CAP_QUANG', unitId: lamDong, period: '2023' })).toBeNull();
  });

  it('a batch counts created, updated and unchanged', async () => {
    const db = ctx.store.db;
    const counts = await writeValues(db, [
      input({ elementCode: 'TL_4G', unitId: lamDong, value: 98.5 }),
      input({ elementCode: 'TL_4G', unitId: lamDong, value: 99 }),
      input({ elementCode: 'TL_4G', unitId: daklak, value: 97 }),
    ]);
    expect(counts).toEqual({ created: 1, updated: 1, unchanged: 1 });
  });

  it('null clears a value as a new version; history stays readable', async () => {
    const db = ctx.store.db;
    const key = { elementCode: 'TL_4G', unitId: lamDong, period: '2023' };
    expect(await writeValue(db, input({ ...key, value: null }))).toEqual({ action: 'updated', version: 3 });
    expect((await getCurrentValue(db, key))?.value).toBeNull();
    expect((await getValueHistory(db, key)).map((v) => v.value)).toEqual([98.5, 99, null]);
  });

  it('concurrent writers of one new key get distinct versions', async () => {
    const db = ctx.store.db;
    const key = { elementCode: 'XA_CAP_QUANG', unitId: lamDong, period: '2024' };
    // Open several pooled connections first (PostgreSQL), so the writers really run at the same time.
    await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(() => db.selectFrom('units').selectAll().execute()));
    const writers = [1, 2, 3, 4, 5, 6];
    const results = await Promise.all(writers.map((n) => writeValue(db, input({ ...key, value: 60 + n }))));
    expect(results.map((r) => r.version).sort()).toEqual(writers);
    const history = await getValueHistory(db, key);
    expect(history.map((v) => v.version)).toEqual(writers);
    expect(new Set(history.map((v) => v.value)).size).toBe(writers.length);
    expect((await getCurrentValue(db, key))?.value).toBe(history[5]?.value);
  });
});
