import { expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { ValidationError, type DataElement, type Indicator, type Plan } from '../../src/domain/metadata.ts';
import {
  getDataElement,
  getIndicator,
  getPlan,
  listDataElements,
  listIndicators,
  listPlans,
  replacePlanTargets,
  upsertDataElement,
  upsertIndicator,
  upsertPlan,
} from '../../src/store/metadata/repo.ts';
import { exportMetadata, importMetadata } from '../../src/app/metadata/file.ts';
import { changeMark } from '../../src/store/changes.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { writeValue } from '../../src/store/values/repo.ts';

const fibre: DataElement = {
  code: 'XA_CAP_QUANG',
  name: 'Số xã kết nối cáp quang',
  nameEn: 'Communes connected by fibre',
  valueType: 'integer',
  timeAggregation: 'last',
  hierarchyAggregation: 'sum',
  periodType: 'yearly',
  unitOfMeasure: 'xã',
};
const communes: DataElement = { ...fibre, code: 'XA_TONG', name: 'Tổng số xã', nameEn: 'Communes, total', description: 'Theo danh mục ĐVHC' };
const note: DataElement = {
  code: 'GHI_CHU',
  name: 'Ghi chú',
  nameEn: 'Note',
  valueType: 'text',
  timeAggregation: 'none',
  hierarchyAggregation: 'none',
  periodType: 'yearly',
};

const share: Indicator = {
  code: 'CT_XA_CAP_QUANG',
  name: 'Tỷ lệ xã kết nối cáp quang',
  nameEn: 'Share of communes connected by fibre',
  numerator: '#{XA_CAP_QUANG}',
  denominator: '#{XA_TONG}',
  factor: 100,
  unitOfMeasure: '%',
  decimals: 2,
  direction: 'higher_is_better',
};

const plan: Plan = {
  code: 'KH_58_2023',
  name: 'Kế hoạch chuyển đổi số năm 2023',
  nameEn: 'Digital transformation plan 2023',
  legalBasis: 'Kế hoạch số 12/KH-UBND',
  unitCode: '58',
  startPeriod: '2023',
  endPeriod: '2023',
  targets: [
    { indicator: 'CT_XA_CAP_QUANG', unit: '58', period: '2023', value: 100, comparison: '>=', group: 'Hạ tầng số' },
    { indicator: 'CT_XA_CAP_QUANG', unit: '5801', period: '2023', value: 95.5, comparison: '>=', label: 'Mục tiêu cấp huyện' },
  ],
};

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describeEachDialect('metadata repository', (ctx) => {
  it('creates, reads back, updates and recognises unchanged data elements', async () => {
    const db = ctx.store.db;
    expect(await upsertDataElement(db, fibre)).toBe('created');
    expect(await upsertDataElement(db, communes)).toBe('created');
    expect(await upsertDataElement(db, note)).toBe('created');
    expect(await getDataElement(db, 'XA_TONG')).toEqual(communes);
    expect(await getDataElement(db, 'NOPE')).toBeNull();
    expect(await upsertDataElement(db, { ...fibre })).toBe('unchanged');
    expect(await upsertDataElement(db, { ...fibre, name: 'Số xã, phường có cáp quang' })).toBe('updated');
    expect((await getDataElement(db, 'XA_CAP_QUANG'))?.name).toBe('Số xã, phường có cáp quang');
    expect(await upsertDataElement(db, fibre)).toBe('updated');
    expect((await listDataElements(db)).map((e) => e.code)).toEqual(['GHI_CHU', 'XA_CAP_QUANG', 'XA_TONG']);
  });

  it('rejects a bad data element with every problem', async () => {
    const error = await rejection(upsertDataElement(ctx.store.db, { ...fibre, code: 'XA CAP', valueType: 'float' as never }));
    expect(error.problems.map((p) => p.path)).toEqual(['dataElement.code', 'dataElement.valueType']);
    expect(await getDataElement(ctx.store.db, 'XA CAP')).toBeNull();
  });

  it('stores indicators whose formulas name stored numeric elements', async () => {
    const db = ctx.store.db;
    expect(await upsertIndicator(db, share)).toBe('created');
    expect(await getIndicator(db, share.code)).toEqual(share);
    expect(await upsertIndicator(db, share)).toBe('unchanged');
    const single = { ...share, code: 'CT_SO_XA', denominator: undefined, factor: 1, decimals: 0 };
    expect(await upsertIndicator(db, single)).toBe('created');
    expect(await getIndicator(db, 'CT_SO_XA')).toEqual({ ...single, denominator: undefined });
    expect((await listIndicators(db)).map((i) => i.code)).toEqual(['CT_SO_XA', 'CT_XA_CAP_QUANG']);
  });

  it('names the field and position of a formula problem', async () => {
    const error = await rejection(
      upsertIndicator(ctx.store.db, { ...share, code: 'CT_X', numerator: '#{XA_CAP_QUANG} + #{XA_MOI}', denominator: '#{GHI_CHU}' }),
    );
    expect(error.problems).toEqual([
      expect.objectContaining({ path: 'indicator.numerator', position: 18, message: expect.stringContaining('XA_MOI') }),
      expect.objectContaining({ path: 'indicator.denominator', message: expect.stringContaining('GHI_CHU') }),
    ]);
    expect(await getIndicator(ctx.store.db, 'CT_X')).toBeNull();
  });

  it('stores a plan with its targets in order, and replaces them', async () => {
    const db = ctx.store.db;
    expect(await upsertPlan(db, plan)).toBe('created');
    expect(await getPlan(db, plan.code)).toEqual(plan);
    expect(await upsertPlan(db, plan)).toBe('unchanged');
    const fewer = { ...plan, targets: [plan.targets[1]!] };
    expect(await upsertPlan(db, fewer)).toBe('updated');
    expect(await getPlan(db, plan.code)).toEqual(fewer);
    expect(await replacePlanTargets(db, plan.code, plan.targets)).toBe(2);
    expect((await listPlans(db)).map((p) => [p.code, p.targets.length])).toEqual([[plan.code, 2]]);
  });

  it('rejects targets naming an unknown indicator and keeps the old ones', async () => {
    const db = ctx.store.db;
    const bad = [...plan.targets, { indicator: 'CT_KHONG_CO', unit: '58', period: '2023', value: 1, comparison: '>=' as const }];
    const error = await rejection(replacePlanTargets(db, plan.code, bad));
    expect(error.problems).toEqual([expect.objectContaining({ path: 'plan.targets[2].indicator', message: expect.stringContaining('CT_KHONG_CO') })]);
    expect((await getPlan(db, plan.code))?.targets).toEqual(plan.targets);
    await expect(replacePlanTargets(db, 'NO_PLAN', [])).rejects.toThrow(/NO_PLAN/);
  });

  it('refuses to change the value type of an element that has values', async () => {
    const db = ctx.store.db;
    const unit = await db
      .insertInto('units')
      .values({
        code: '58',
        level: 'province',
        type: 'province',
        name: 'Ninh Thuận',
        nameEn: 'Ninh Thuan',
        fullName: 'Tỉnh Ninh Thuận',
        fullNameEn: 'Ninh Thuan Province',
        searchText: 'ninh thuan',
        validFrom: '0001-01-01',
        validFromKnown: 0,
        validTo: '2025-07-01',
        validToKnown: 1,
        codeOfficial: 1,
        source: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const element = await db.selectFrom('dataElements').select('id').where('code', '=', 'XA_TONG').executeTakeFirstOrThrow();
    await db
      .insertInto('dataValues')
      .values({
        elementId: element.id,
        unitId: unit.id,
        period: '2023',
        version: 1,
        valueNum: 65,
        valueText: null,
        status: 'draft',
        comment: null,
        evidenceRef: null,
        author: 't',
        source: 'test',
        createdAt: '2024-01-01T00:00:00Z',
      })
      .execute();
    const error = await rejection(upsertDataElement(db, { ...communes, valueType: 'text' }));
    expect(error.problems).toEqual([expect.objectContaining({ path: 'dataElement.valueType' })]);
    expect(await upsertDataElement(db, { ...communes, name: 'Tổng số xã, phường' })).toBe('updated');
  });
});

describeEachDialect('metadata file import', (ctx) => {
  const file = () => ({
    format: 'dx-ioc-metadata',
    version: 1,
    dataElements: [fibre, communes],
    indicators: [share],
    plans: [plan],
  });

  it('imports a file whose indicators name its own elements, then exports it back', async () => {
    const summary = await importMetadata(ctx.store.db, file());
    expect(summary).toEqual({
      dataElements: { created: 2, updated: 0, unchanged: 0 },
      indicators: { created: 1, updated: 0, unchanged: 0 },
      plans: { created: 1, updated: 0, unchanged: 0 },
      targets: 2,
    });
    expect(await exportMetadata(ctx.store.db)).toEqual(file());
  });

  it('audits an import that changed something (so open screens see it), and not one that changed nothing', async () => {
    const renamed = { ...file(), dataElements: file().dataElements.map((e) => ({ ...e, name: `${e.name} (sửa)` })) };
    const before = await changeMark(ctx.store.db);
    await importMetadata(ctx.store.db, renamed, new Date(), { name: 'qtv', kind: 'user', via: 'tệp metadata.json' });
    const after = await changeMark(ctx.store.db);
    expect(after.auditId).toBeGreaterThan(before.auditId);
    const events = await listAuditEvents(ctx.store.db, [{ entity: 'metadata', entityKey: 'file' }]);
    expect(events.at(-1)).toMatchObject({ actorName: 'qtv', actorKind: 'user', source: 'import', via: 'tệp metadata.json', action: 'import' });
    await importMetadata(ctx.store.db, file()); // back as it was: a change again
    const restored = await changeMark(ctx.store.db);
    expect(restored.auditId).toBeGreaterThan(after.auditId);
    await importMetadata(ctx.store.db, file()); // nothing to change: no event
    expect((await changeMark(ctx.store.db)).auditId).toBe(restored.auditId);
  });

  it('a bad file lists every problem by JSON path and changes nothing', async () => {
    const bad = {
      ...file(),
      version: 2,
      dataElements: [
        { ...fibre, name: 'Đổi tên' },
        { ...communes, code: 'XA_CAP_QUANG' },
      ],
      indicators: [{ ...share, numerator: '#{XA_CAP_QUANG} / 0' }],
      extra: true,
    };
    const error = await rejection(importMetadata(ctx.store.db, bad));
    expect(error.problems.map((p) => p.path)).toEqual(['version', 'extra', 'dataElements[1].code', 'indicators[0].numerator']);
    expect(error.problems[3]).toMatchObject({ position: 18 });
    expect(await exportMetadata(ctx.store.db)).toEqual(file());
  });

  it('a problem found while writing is named by its JSON path and rolls everything back', async () => {
    const db = ctx.store.db;
    const unit = await db
      .insertInto('units')
      .values({
        code: '67',
        level: 'province',
        type: 'province',
        name: 'Đắk Nông',
        nameEn: 'Dak Nong',
        fullName: 'Tỉnh Đắk Nông',
        fullNameEn: 'Dak Nong Province',
        searchText: 'dak nong',
        validFrom: '0001-01-01',
        validFromKnown: 0,
        validTo: '2025-07-01',
        validToKnown: 1,
        codeOfficial: 1,
        source: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const element = await db.selectFrom('dataElements').select('id').where('code', '=', 'XA_TONG').executeTakeFirstOrThrow();
    await db
      .insertInto('dataValues')
      .values({
        elementId: element.id,
        unitId: unit.id,
        period: '2022',
        version: 1,
        valueNum: 71,
        valueText: null,
        status: 'draft',
        comment: null,
        evidenceRef: null,
        author: 't',
        source: 'test',
        createdAt: '2023-01-01T00:00:00Z',
      })
      .execute();
    const changed = {
      ...file(),
      dataElements: [
        { ...fibre, name: 'Đổi tên' },
        { ...communes, periodType: 'quarterly' },
      ],
    };
    const error = await rejection(importMetadata(db, changed));
    expect(error.problems).toEqual([expect.objectContaining({ path: 'dataElements[1].periodType' })]);
    expect((await getDataElement(db, 'XA_CAP_QUANG'))?.name).toBe(fibre.name);
  });

  it('rejects something that is not a metadata file', async () => {
    const error = await rejection(importMetadata(ctx.store.db, [1, 2]));
    expect(error.problems).toEqual([{ path: '$', message: expect.stringContaining('đối tượng') }]);
  });
});

describeEachDialect('data element bounds', (ctx) => {
  const rank: DataElement = {
    ...fibre,
    code: 'DTI_XEP_HANG',
    name: 'Thứ hạng DTI',
    nameEn: 'DTI rank',
    hierarchyAggregation: 'none',
    minValue: 1,
    maxValue: 63,
  };
  const score: DataElement = {
    ...fibre,
    code: 'DTI_TINH',
    name: 'Chỉ số DTI',
    nameEn: 'DTI',
    valueType: 'number',
    hierarchyAggregation: 'none',
    minValue: 0,
    maxValue: 1,
  };
  const change: DataElement = { ...fibre, code: 'TANG_GIAM_XA', name: 'Số xã tăng (giảm)', nameEn: 'Net change of communes', minValue: -100 };
  const file = () => ({
    format: 'dx-ioc-metadata',
    version: 1,
    dataElements: [fibre, rank, score, change].sort((a, b) => (a.code < b.code ? -1 : 1)),
    indicators: [],
    plans: [],
  });

  it('are stored and round-trip through export and import exactly as declared (undeclared stays absent)', async () => {
    const db = ctx.store.db;
    expect((await importMetadata(db, file())).dataElements).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const exported = await exportMetadata(db);
    expect(exported).toEqual(file());
    expect(exported.dataElements.find((e) => e.code === 'XA_CAP_QUANG')).not.toHaveProperty('minValue');
    expect((await importMetadata(db, JSON.parse(JSON.stringify(exported)))).dataElements).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const bad = await rejection(importMetadata(db, { ...file(), dataElements: [{ ...score, minValue: 2 }] }));
    expect(bad.problems).toEqual([expect.objectContaining({ path: 'dataElements[0].maxValue' })]);
  });

  it('may not narrow past current values (correct them first); unchanged bounds never re-check old values', async () => {
    const db = ctx.store.db;
    const unitId = (
      await db
        .insertInto('units')
        .values({
          code: '58',
          level: 'province',
          type: 'province',
          name: 'Ninh Thuận',
          nameEn: 'Ninh Thuan',
          fullName: 'Tỉnh Ninh Thuận',
          fullNameEn: 'Ninh Thuan Province',
          searchText: 'ninh thuan',
          validFrom: '0001-01-01',
          validFromKnown: 0,
          validTo: '9999-12-31',
          validToKnown: 1,
          codeOfficial: 1,
          source: 'test',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await writeValue(db, { elementCode: 'TANG_GIAM_XA', unitId, period: '2023', value: -40, author: 't', source: 'test' });
    await writeValue(db, { elementCode: 'DTI_XEP_HANG', unitId, period: '2023', value: 60, author: 't', source: 'test' });
    const below = await rejection(upsertDataElement(db, { ...change, minValue: -10 }));
    expect(below.problems).toEqual([
      { path: 'dataElement.minValue', message: expect.stringMatching(/^1 giá trị hiện có của TANG_GIAM_XA nằm ngoài khoảng -10\.\.\+∞/) },
    ]);
    const undeclared = { ...change };
    delete undeclared.minValue;
    expect((await rejection(upsertDataElement(db, undeclared))).problems[0]?.path).toBe('dataElement.minValue'); // back to the count default, 0
    expect((await rejection(upsertDataElement(db, { ...rank, maxValue: 34 }))).problems[0]?.path).toBe('dataElement.maxValue');
    expect(await upsertDataElement(db, { ...change, minValue: -50 })).toBe('updated');
    expect(await upsertDataElement(db, { ...rank, maxValue: 63, name: 'Xếp hạng DTI' })).toBe('updated');
    // A value stored outside the bounds (before they existed) does not block an edit that keeps them.
    await db.updateTable('currentValues').set({ valueNum: -1 }).where('unitId', '=', unitId).where('period', '=', '2023').execute();
    expect(await upsertDataElement(db, { ...rank, name: 'Thứ hạng DTI (công bố)' })).toBe('updated');
    expect(await getDataElement(db, 'TANG_GIAM_XA')).toEqual({ ...change, minValue: -50 });
  });
});
