import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { loadElementRefs } from '../../src/store/metadata/element-refs.ts';
import { elementLabelsByCode } from '../../src/store/metadata/elements.ts';

const base = { timeAggregation: 'last', hierarchyAggregation: 'sum', nameEn: 'x' } as const;

describeEachDialect('element loaders: loadElementRefs, elementLabelsByCode', (ctx) => {
  let ids: Record<string, number> = {};
  beforeAll(async () => {
    await upsertDataElement(ctx.store.db, {
      ...base,
      code: 'XA_CAP_QUANG',
      name: 'Số xã kết nối cáp quang',
      valueType: 'integer',
      periodType: 'yearly',
      maxValue: 10_000,
    });
    await upsertDataElement(ctx.store.db, { ...base, code: 'HS_THANG', name: 'Hồ sơ trong tháng', valueType: 'percentage', periodType: 'monthly' });
    const rows = await ctx.store.db.selectFrom('dataElements').select(['id', 'code']).execute();
    ids = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  });

  it('finds elements by code and by id, each in both maps, with value and period types and bounds', async () => {
    const refs = await loadElementRefs(ctx.store.db, { codes: ['XA_CAP_QUANG', 'XA_CAP_QUANG', 'KHONG_CO'], ids: [ids.HS_THANG as number, 999_999] });
    expect([...refs.byCode.keys()].sort()).toEqual(['HS_THANG', 'XA_CAP_QUANG']);
    expect(refs.byCode.get('XA_CAP_QUANG')).toEqual({
      id: ids.XA_CAP_QUANG,
      code: 'XA_CAP_QUANG',
      valueType: 'integer',
      periodType: 'yearly',
      derivedFrom: null,
      bounds: { min: 0, max: 10_000 },
    });
    expect(refs.byId.get(ids.HS_THANG as number)).toEqual({
      id: ids.HS_THANG,
      code: 'HS_THANG',
      valueType: 'percentage',
      periodType: 'monthly',
      derivedFrom: null,
      bounds: { min: 0, max: 100 },
    });
    expect(refs.byId.has(999_999)).toBe(false);
  });

  it('asks for nothing when given nothing', async () => {
    const refs = await loadElementRefs(ctx.store.db, {});
    expect([refs.byCode.size, refs.byId.size]).toEqual([0, 0]);
  });

  it('loads more keys than one query takes (chunked)', async () => {
    const codes = Array.from({ length: 2500 }, (_, i) => `MISSING_${i}`).concat('HS_THANG');
    const refs = await loadElementRefs(ctx.store.db, { codes });
    expect([...refs.byCode.keys()]).toEqual(['HS_THANG']);
  });

  it('elementLabelsByCode: names, value types, units of measure and bounds of the stored codes only; none asked, none given', async () => {
    const labels = await elementLabelsByCode(ctx.store.db, ['HS_THANG', 'KHONG_CO']);
    expect([...labels.entries()]).toEqual([
      ['HS_THANG', { code: 'HS_THANG', name: 'Hồ sơ trong tháng', nameEn: 'x', valueType: 'percentage', unitOfMeasure: null, minValue: 0, maxValue: 100 }],
    ]);
    expect((await elementLabelsByCode(ctx.store.db, [])).size).toBe(0);
  });
});
