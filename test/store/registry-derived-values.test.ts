/**
 * Values derived from a registry (issue 13, app/registries/derived-values.ts), on the compute fixture's reform
 * (A → N on 2025-07-01, C1 → X wholly), with a counter over records held in memory: written through the one write
 * path with source 'registry', refused to a form, rolled up like any value (a record of old C1 counts in N in
 * the `now` view), lowered to 0 when records go, idempotent, and the drill-down lists exactly the records counted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import { buildFixture } from './compute-fixture.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import { inTransaction } from '../../src/store/transaction.ts';
import type { Database } from '../../src/store/schema.ts';
import type { Period } from '../../src/domain/periods.ts';
import type { RegistryCounter, RegistryRecord } from '../../src/app/registries/registry-counter.ts';
import { periodOfDate, refreshDerivedValues } from '../../src/app/registries/derived-values.ts';
import { recordValues } from '../../src/app/collection/record-values.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { unitsCountingTowards } from '../../src/store/registries/derived-elements.ts';
import { validateDataElement } from '../../src/domain/metadata.ts';

interface FakeRecord {
  id: string;
  unit: string;
  /** Registered on. */
  date: string;
}

/** A registry of products registered on a date, counted as a stock at the period's end. */
function fakeCounter(records: FakeRecord[]): RegistryCounter {
  const counted = (period: Period, units: readonly string[] | null) =>
    records.filter((r) => r.date <= period.end && (!units || units.includes(r.unit))).sort((a, b) => a.id.localeCompare(b.id));
  return {
    registry: 'products',
    async count(_db: Kysely<Database>, _measure, period, unitCodes) {
      const out = new Map<string, number>();
      for (const r of counted(period, unitCodes)) out.set(r.unit, (out.get(r.unit) ?? 0) + 1);
      return out;
    },
    async records(_db, _measure, period, unitCodes, page) {
      const all = counted(period, unitCodes);
      const rows: RegistryRecord[] = all
        .slice(page.offset, page.offset + page.limit)
        .map((r) => ({ id: r.id, title: `Sản phẩm ${r.id}`, unit: r.unit, state: 'registered', date: r.date, counts: 1, simulated: false }));
      return { total: all.length, rows };
    },
    async earliestDate() {
      return records.length ? records.map((r) => r.date).sort()[0]! : null;
    },
  };
}

describe('derived elements in the metadata', () => {
  const base = {
    code: 'SP',
    name: 'Sản phẩm',
    nameEn: 'Products',
    valueType: 'integer',
    timeAggregation: 'last',
    hierarchyAggregation: 'sum',
    periodType: 'quarterly',
  };
  it('accepts a known measure and refuses an unknown one or a text element', () => {
    expect(validateDataElement({ ...base, derivedFrom: 'products.registered' }).value?.derivedFrom).toBe('products.registered');
    expect(validateDataElement({ ...base, derivedFrom: 'products.sold' }).problems.map((p) => p.path)).toEqual(['dataElement.derivedFrom']);
    expect(validateDataElement({ ...base, valueType: 'text', derivedFrom: 'products.registered' }).problems.map((p) => p.path)).toEqual([
      'dataElement.derivedFrom',
    ]);
    expect(validateDataElement(base).value).not.toHaveProperty('derivedFrom');
  });
  it('places a day in its period', () => {
    expect(periodOfDate('2023-05-17', 'quarterly')).toBe('2023Q2');
    expect(periodOfDate('2023-05-17', 'semiannual')).toBe('2023S1');
    expect(periodOfDate('2023-12-31', 'yearly')).toBe('2023');
    expect(periodOfDate('2023-12-31', 'monthly')).toBe('202312');
  });
});

describeEachDialect('values derived from a registry', (ctx) => {
  const records: FakeRecord[] = [
    { id: 'p1', unit: 'C1', date: '2024-02-10' },
    { id: 'p2', unit: 'C1', date: '2024-05-01' },
    { id: 'p3', unit: 'C4', date: '2024-08-20' },
  ];
  const counter = fakeCounter(records);
  const now = new Date('2026-01-15T03:00:00Z');
  let ids: Record<string, number> = {};

  beforeAll(async () => {
    ids = await buildFixture(ctx.store.db);
    await upsertDataElement(ctx.store.db, {
      code: 'SP_DK',
      name: 'Số sản phẩm đã đăng ký',
      nameEn: 'Products registered',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'quarterly',
      derivedFrom: 'products.registered',
    });
    await upsertIndicator(ctx.store.db, {
      code: 'SP_DK_IND',
      name: 'Sản phẩm đã đăng ký',
      nameEn: 'Products registered',
      numerator: '#{SP_DK}',
      factor: 1,
      decimals: 0,
      direction: 'higher_is_better',
    });
    await recomputeAll(ctx.store, { today: '2026-01-15' });
  });

  const figure = async (unit: string, period: string, view: 'was' | 'now' = 'was') =>
    (await queryIndicator(ctx.store, { indicator: 'SP_DK_IND', unit, periods: [period], view }, CLI_ACTOR)).rows[0]?.value ?? null;

  it('writes each unit figure per period through the write path, with source registry, and rolls it up', async () => {
    const result = await inTransaction(ctx.store.db, (trx) => refreshDerivedValues(trx, counter, { unitCodes: null, now }));
    // C1: 2024Q1 1, then 2 to 2025Q2 (6 values); C4: 1 from 2024Q3 to 2025Q2 (4 values); both end on 2025-07-01,
    // so from 2025Q3 on nothing is written at them (their successors take their history in the now view).
    expect(result.created).toBe(10);
    const rows = await ctx.store.db
      .selectFrom('dataValues')
      .innerJoin('units', 'units.id', 'dataValues.unitId')
      .select(['units.code', 'dataValues.period', 'dataValues.valueNum', 'dataValues.source', 'dataValues.author'])
      .orderBy('units.code')
      .orderBy('dataValues.period')
      .execute();
    expect(rows.map((r) => `${r.code} ${r.period} ${Number(r.valueNum)}`)).toEqual([
      'C1 2024Q1 1',
      'C1 2024Q2 2',
      'C1 2024Q3 2',
      'C1 2024Q4 2',
      'C1 2025Q1 2',
      'C1 2025Q2 2',
      'C4 2024Q3 1',
      'C4 2024Q4 1',
      'C4 2025Q1 1',
      'C4 2025Q2 1',
    ]);
    expect(new Set(rows.map((r) => `${r.source}|${r.author}`))).toEqual(new Set(['registry|registry']));
    expect(await figure('A', '2024Q4')).toBe(2);
    expect(await figure('VN', '2024Q4')).toBe(3);
    // A stock: the year is its last quarter.
    expect(await figure('VN', '2024')).toBe(3);
  });

  it('counts a record of a commune that ended in the reform in its successor province in the now view', async () => {
    // C4 goes 0.6 to Y and 0.4 to Z, both in N: wholly in N.
    expect(await figure('N', '2024Q4', 'now')).toBe(3);
  });

  it('is idempotent, and writes 0 where the records went', async () => {
    const again = await inTransaction(ctx.store.db, (trx) => refreshDerivedValues(trx, counter, { unitCodes: null, now }));
    expect(again).toMatchObject({ created: 0, updated: 0 });
    const fewer = fakeCounter(records.filter((r) => r.id !== 'p3'));
    const result = await inTransaction(ctx.store.db, (trx) => refreshDerivedValues(trx, fewer, { unitCodes: ['C4'], from: '2024-08-20', now }));
    expect(result.updated).toBe(4);
    expect(await figure('VN', '2024Q4')).toBe(2);
    expect(await figure('E', '2024Q4')).toBe(0);
  });

  it('refuses a derived element to a form, an import or the batch API', async () => {
    await expect(
      recordValues(ctx.store, [{ dataElement: 'SP_DK', unit: 'C1', period: '2024Q4', value: 40 }], { actor: CLI_ACTOR, source: 'api' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await figure('C1', '2024Q4')).toBe(2);
  });

  it('lists the units whose records count towards a unit, as the roll-up counts them', async () => {
    expect(await unitsCountingTowards(ctx.store.db, ids.A!, 'was', '2024-12-31')).toEqual(['A', 'C1', 'C2', 'C3', 'D']);
    expect(await unitsCountingTowards(ctx.store.db, ids.N!, 'now', '2024-12-31')).toEqual(expect.arrayContaining(['C1', 'C4', 'N', 'X']));
  });
});
