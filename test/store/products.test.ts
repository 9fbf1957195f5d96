/**
 * The DX products registry on both databases (app/products/, store/products/, migration 0022) over the compute
 * fixture's tree (VN → A → D → C1, C2, C3; B → E → C4; reform on 2025-07-01), with a fixed clock: register, edit,
 * every step and the refused ones (409), the policy (reporters of the unit, approvers evaluate, viewers read), one
 * audit event per command, the derived figures written in the same transaction, the drill-down's records, the
 * counts by state and level, overdue against today, and the units without a product.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { buildFixture } from './compute-fixture.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import type { Actor } from '../../src/domain/access.ts';
import { editProduct, registerProduct, transitionProduct, type ProductContext } from '../../src/app/products/commands.ts';
import { listProducts, readProduct } from '../../src/app/products/list.ts';
import { listOverdueProducts } from '../../src/app/products/overdue.ts';
import { unitsWithoutProduct } from '../../src/app/products/check.ts';
import { productsCounter } from '../../src/app/products/counter.ts';
import { updateProductFrom } from '../../src/store/products/repo.ts';
import { parsePeriod } from '../../src/domain/periods.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { listAuditEvents } from '../../src/store/audit.ts';

const TODAY = '2024-07-15';
const NOW = new Date('2024-07-15T03:00:00Z');
const reporterD: Actor = { kind: 'user', name: 'bc_d', role: 'reporter', unitScopes: ['D'] };
const reporterE: Actor = { kind: 'user', name: 'bc_e', role: 'reporter', unitScopes: ['E'] };
const reporterA: Actor = { kind: 'user', name: 'bc_a', role: 'reporter', unitScopes: ['A'] };
const approverA: Actor = { kind: 'user', name: 'duyet_a', role: 'approver', unitScopes: ['A'] };
const approverB: Actor = { kind: 'user', name: 'duyet_b', role: 'approver', unitScopes: ['B'] };
const viewer: Actor = { kind: 'user', name: 'lanhdao', role: 'viewer', unitScopes: [] };
const as = (actor: Actor, today = TODAY): ProductContext => ({ actor, today, now: NOW });
const base = { name: 'Phần mềm một cửa điện tử xã', kind: 'digitised_process', ownerUnit: 'C1', year: 2024, targetDate: '2024-06-30', indicators: ['RATIO'] };
const evidence = [{ kind: 'document' as const, number: '15/QĐ-UBND', date: '2024-06-20', issuer: 'UBND xã' }];

describeEachDialect('DX products registry', (ctx) => {
  beforeAll(async () => {
    await buildFixture(ctx.store.db);
    const element = (code: string, derivedFrom: 'products.registered' | 'products.completed' | 'products.units_with_product') =>
      upsertDataElement(ctx.store.db, {
        code,
        name: code,
        nameEn: code,
        valueType: 'integer',
        timeAggregation: 'last',
        hierarchyAggregation: 'sum',
        periodType: 'quarterly',
        derivedFrom,
      });
    await element('SP_DK', 'products.registered');
    await element('SP_HT', 'products.completed');
    await element('SP_DV', 'products.units_with_product');
    for (const code of ['SP_DK', 'SP_HT', 'SP_DV'])
      await upsertIndicator(ctx.store.db, {
        code: `CT_${code}`,
        name: code,
        nameEn: code,
        numerator: `#{${code}}`,
        factor: 1,
        decimals: 0,
        direction: 'higher_is_better',
      });
    await recomputeAll(ctx.store, { today: '2025-08-01' }); // the now view: today's tree after the reform
  });
  const figure = async (indicator: string, unit: string, period: string) =>
    (await queryIndicator(ctx.store, { indicator, unit, periods: [period] }, CLI_ACTOR)).rows[0]?.value ?? null;
  const code = async (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (e: { code?: string }) => e.code ?? String(e),
    );

  let c1: number;
  it('registers a product for its unit, writing its figures and one audit event in the same transaction', async () => {
    const p = await registerProduct(ctx.store, { ...base, registeredOn: '2024-02-10' }, as(reporterD));
    c1 = p.id;
    expect(p).toMatchObject({
      state: 'registered',
      owner: { unit: 'C1', unitName: 'Đơn vị C1', agency: null },
      indicators: [{ code: 'RATIO' }],
      overdue: true,
      daysOverdue: 15,
    });
    expect(p.abilities).toEqual({ edit: true, start: true, complete: false, withdraw: true, evaluate: false });
    expect(await figure('CT_SP_DK', 'C1', '2024Q1')).toBe(1);
    expect(await figure('CT_SP_DK', 'A', '2024Q2')).toBe(1);
    expect(await figure('CT_SP_HT', 'A', '2024Q2')).toBe(null);
    const events = await listAuditEvents(ctx.store.db, [{ entity: 'dx_product', entityKey: String(c1) }]);
    expect(events.map((e) => `${e.action} ${e.entityKey}`)).toEqual([`register ${c1}`]);
  });

  it('refuses a caller outside the unit, a viewer, an unknown indicator, an agency below a province', async () => {
    expect(await code(registerProduct(ctx.store, base, as(reporterE)))).toBe('FORBIDDEN');
    expect(await code(registerProduct(ctx.store, base, as(viewer)))).toBe('FORBIDDEN');
    expect(await code(registerProduct(ctx.store, { ...base, indicators: ['NOPE'] }, as(reporterD)))).toBe('VALIDATION_FAILED');
    expect(await code(registerProduct(ctx.store, { ...base, agency: 'Sở Y tế' }, as(reporterD)))).toBe('VALIDATION_FAILED');
    expect(await code(registerProduct(ctx.store, { ...base, registeredOn: '2024-07-16' }, as(reporterD)))).toBe('VALIDATION_FAILED');
    expect(await code(registerProduct(ctx.store, { ...base, ownerUnit: 'N' }, as(reporterD)))).toBe('VALIDATION_FAILED'); // N starts in 2025
  });

  let agencyId: number;
  it('registers provincial agencies at the province: each agency is an owner of its own', async () => {
    agencyId = (
      await registerProduct(
        ctx.store,
        { ...base, ownerUnit: 'A', agency: 'Sở Y tế', kind: 'platform', registeredOn: '2024-03-01', targetDate: '2024-12-31' },
        as(reporterA),
      )
    ).id;
    await registerProduct(
      ctx.store,
      { ...base, ownerUnit: 'A', agency: 'Sở Tư pháp', kind: 'database', registeredOn: '2024-03-01', targetDate: '2024-12-31' },
      as(reporterA),
    );
    await registerProduct(
      ctx.store,
      { ...base, ownerUnit: 'A', agency: 'Sở Tư pháp', kind: 'service', registeredOn: '2024-04-01', targetDate: '2024-12-31' },
      as(reporterA),
    );
    expect(await figure('CT_SP_DK', 'A', '2024Q2')).toBe(4);
    expect(await figure('CT_SP_DV', 'A', '2024Q2')).toBe(3); // C1, Sở Y tế, Sở Tư pháp
    const records = await productsCounter.records(ctx.store.db, 'products.units_with_product', parsePeriod('2024Q2'), ['A', 'C1'], { limit: 10, offset: 0 });
    expect(records.total).toBe(4);
    expect(records.rows.reduce((s, r) => s + r.counts, 0)).toBe(3);
  });

  it('edits a product while open; the audit keeps before and after', async () => {
    const p = await editProduct(ctx.store, c1, { name: 'Một cửa điện tử xã C1', targetDate: '2024-09-30' }, as(reporterD));
    expect(p).toMatchObject({ name: 'Một cửa điện tử xã C1', overdue: false });
    expect(await code(editProduct(ctx.store, c1, { ownerUnit: 'C4' }, as(reporterD)))).toBe('FORBIDDEN');
    const [, event] = await listAuditEvents(ctx.store.db, [{ entity: 'dx_product', entityKey: String(c1) }]);
    expect(event?.before).toMatchObject({ name: 'Phần mềm một cửa điện tử xã', targetDate: '2024-06-30' });
    expect(event?.after).toMatchObject({ name: 'Một cửa điện tử xã C1', targetDate: '2024-09-30' });
  });

  it('moves through every state, refusing the steps the state does not allow (409)', async () => {
    expect(await code(transitionProduct(ctx.store, c1, { action: 'complete', evidence }, as(reporterD)))).toBe('INVALID_TRANSITION');
    expect(await code(transitionProduct(ctx.store, c1, { action: 'evaluate', grade: 'good', comment: 'Tốt' }, as(approverA)))).toBe('INVALID_TRANSITION');
    expect((await transitionProduct(ctx.store, c1, { action: 'start', on: '2024-03-05' }, as(reporterD))).state).toBe('in_progress');
    expect(await code(transitionProduct(ctx.store, c1, { action: 'start' }, as(reporterD)))).toBe('INVALID_TRANSITION');
    expect(await code(transitionProduct(ctx.store, c1, { action: 'complete' }, as(reporterD)))).toBe('VALIDATION_FAILED'); // no evidence
    expect(await code(transitionProduct(ctx.store, c1, { action: 'complete', evidence, on: '2024-03-01' }, as(reporterD)))).toBe('VALIDATION_FAILED'); // before start
    expect(await code(transitionProduct(ctx.store, c1, { action: 'complete', evidence }, as(reporterE)))).toBe('FORBIDDEN');
    const done = await transitionProduct(ctx.store, c1, { action: 'complete', evidence, on: '2024-06-25' }, as(reporterD));
    expect(done).toMatchObject({ state: 'completed', completedOn: '2024-06-25', evidence });
    expect(await figure('CT_SP_HT', 'C1', '2024Q1')).toBe(null);
    expect(await figure('CT_SP_HT', 'C1', '2024Q2')).toBe(1);
    expect(await code(transitionProduct(ctx.store, c1, { action: 'withdraw' }, as(reporterD)))).toBe('INVALID_TRANSITION');
    expect(await code(editProduct(ctx.store, c1, { name: 'x' }, as(reporterD)))).toBe('INVALID_TRANSITION');
    expect(await code(transitionProduct(ctx.store, c1, { action: 'evaluate', grade: 'good', comment: 'Tốt' }, as(reporterD)))).toBe('FORBIDDEN');
    expect(await code(transitionProduct(ctx.store, c1, { action: 'evaluate', grade: 'good', comment: 'Tốt' }, as(approverB)))).toBe('FORBIDDEN');
    expect(await code(transitionProduct(ctx.store, c1, { action: 'evaluate', grade: 'good', comment: ' ' }, as(approverA)))).toBe('VALIDATION_FAILED');
    const evaluated = await transitionProduct(ctx.store, c1, { action: 'evaluate', grade: 'good', score: 85, comment: 'Đạt yêu cầu' }, as(approverA));
    expect(evaluated).toMatchObject({ state: 'evaluated', evaluation: { grade: 'good', score: 85, comment: 'Đạt yêu cầu' } });
    expect(await figure('CT_SP_HT', 'C1', '2024Q3')).toBe(1); // still completed once evaluated
    for (const action of ['start', 'complete', 'evaluate', 'withdraw'] as const)
      expect(await code(transitionProduct(ctx.store, c1, { action, evidence, grade: 'good', comment: 'x' }, as(CLI_ACTOR)))).toBe('INVALID_TRANSITION');
    const detail = await readProduct(ctx.store, viewer, c1, TODAY);
    expect(detail.steps.map((s) => `${s.action}:${s.to}@${s.on}`)).toEqual([
      'register:registered@2024-02-10',
      'edit:registered@2024-07-15',
      'start:in_progress@2024-03-05',
      'complete:completed@2024-06-25',
      'evaluate:evaluated@2024-07-15',
    ]);
    expect(detail.abilities).toEqual({ edit: false, start: false, complete: false, withdraw: false, evaluate: false });
  });

  it('withdraws before completion; the registered count falls from that day', async () => {
    await transitionProduct(ctx.store, agencyId, { action: 'withdraw', on: '2024-05-02' }, as(reporterA));
    expect(await figure('CT_SP_DK', 'A', '2024Q1')).toBe(3);
    expect(await figure('CT_SP_DK', 'A', '2024Q2')).toBe(3); // C1 + two Sở Tư pháp products
    expect(await figure('CT_SP_DV', 'A', '2024Q2')).toBe(2);
  });

  it('moves a state by compare-and-set: a stale writer moves nothing', async () => {
    expect(await updateProductFrom(ctx.store.db, agencyId, 'registered', { state: 'in_progress' })).toBe(false);
  });

  it('lists with counts by state and level, only what the caller may read', async () => {
    const all = await listProducts(ctx.store, viewer, { unit: 'A', year: 2024 }, TODAY);
    expect(all.counts).toMatchObject({ registered: 3, completed: 1, overdue: 0 });
    expect(all.counts.byState).toEqual({ registered: 2, in_progress: 0, completed: 0, evaluated: 1, withdrawn: 1 });
    expect(all.counts.byLevel.province).toEqual({ registered: 2, completed: 0 });
    expect(all.counts.byLevel.commune).toEqual({ registered: 1, completed: 1 });
    expect((await listProducts(ctx.store, viewer, { unit: 'A', year: 2024, state: 'withdrawn' }, TODAY)).items.map((p) => p.id)).toEqual([agencyId]);
    expect((await listProducts(ctx.store, reporterE, { year: 2024 }, TODAY)).total).toBe(0);
    expect(await code(listProducts(ctx.store, reporterE, { unit: 'A', year: 2024 }, TODAY))).toBe('FORBIDDEN');
    expect(await code(readProduct(ctx.store, reporterE, c1, TODAY))).toBe('FORBIDDEN');
    expect(await code(readProduct(ctx.store, viewer, 9999, TODAY))).toBe('RECORD_NOT_FOUND');
  });

  it('lists overdue products against a given today, through today’s tree', async () => {
    expect(await listOverdueProducts(ctx.store, viewer, { today: TODAY })).toEqual([]);
    const later = await listOverdueProducts(ctx.store, viewer, { today: '2025-01-10' });
    expect(later.map((p) => [p.agency, p.daysOverdue, p.state])).toEqual([
      ['Sở Tư pháp', 10, 'registered'],
      ['Sở Tư pháp', 10, 'registered'],
    ]);
    expect((await listOverdueProducts(ctx.store, viewer, { unit: 'N', today: '2025-08-01' })).length).toBe(2);
    expect(await listOverdueProducts(ctx.store, reporterE, { today: '2025-01-10' })).toEqual([]);
  });

  it('lists the units without a product; agencies without one cannot be known', async () => {
    const check = await unitsWithoutProduct(ctx.store, viewer, { unit: 'A', year: 2024, level: 'commune' });
    expect(check).toMatchObject({
      total: 3,
      withProduct: 1,
      units: [{ code: 'C2' }, { code: 'C3' }],
      agencies: { knowable: false, registered: ['Sở Tư pháp'] },
    });
    expect((await unitsWithoutProduct(ctx.store, viewer, { unit: 'A', year: 2024, level: 'district' })).units.map((u) => u.code)).toEqual(['D']);
  });

  it('counts as of a period’s end and lists the same records', async () => {
    const q2 = parsePeriod('2024Q2');
    const counts = await productsCounter.count(ctx.store.db, 'products.registered', q2, null);
    expect(Object.fromEntries(counts)).toEqual({ A: 2, C1: 1 });
    const inProgress = await productsCounter.count(ctx.store.db, 'products.in_progress', parsePeriod('2024Q1'), null);
    expect(Object.fromEntries(inProgress)).toEqual({ C1: 1 });
    expect(Object.fromEntries(await productsCounter.count(ctx.store.db, 'products.evaluated', parsePeriod('2024Q3'), ['C1']))).toEqual({ C1: 1 });
    const page = await productsCounter.records(ctx.store.db, 'products.registered', q2, ['A', 'C1'], { limit: 1, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.rows).toHaveLength(1);
    expect(await productsCounter.earliestDate(ctx.store.db)).toBe('2024-02-10');
  });
});
