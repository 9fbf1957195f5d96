/**
 * The demo holds the articles' claims with their meaning: the national first half of 2022 against the 2022 plan
 * levels (as progress toward the year, with the projection), Ninh Thuận's reported "8/19" beside what its two known
 * targets compute, values of approved forms shown as approved, derived figures marked derived.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { DEMO_ACTOR } from '../../src/app/demo/record-figures.ts';
import { planStatus } from '../../src/app/analytics/plan-status.ts';
import { valueHistory } from '../../src/app/collection/history.ts';
import { readForm } from '../../src/app/collection/form.ts';
import { transitionSubmission } from '../../src/app/collection/workflow.ts';
import { recordValues } from '../../src/app/collection/record-values.ts';
import { setMeta } from '../../src/store/app-meta.ts';
import { indicatorAt } from '../helpers/analytics.ts';

describeEachDialect(
  'the demo, true to the seeds',
  (ctx) => {
    beforeAll(async () => {
      await ensureDemoData(ctx.store);
    }, 240_000);

    it('VN, 6 tháng đầu 2022, against the 2022 plan: 2 ahead (vượt), 3 behind (có nguy cơ by the projection)', async () => {
      const status = await planStatus(ctx.store, { plan: 'UBQG_KH_2022', asOf: '2022-06-30', today: '2026-01-15' }, DEMO_ACTOR);
      const row = (indicator: string) => status.targets.find((t) => t.indicator === indicator);
      expect(row('CT_TMDT_BAN_LE')).toMatchObject({ value: 11.27, target: 7, status: 'exceeded', gap: 4.27, periodOpen: true });
      expect(row('CT_TAI_KHOAN_15T')).toMatchObject({ value: 66, target: 65, status: 'exceeded', gap: 1 });
      expect(row('CT_TRUONG_THANH_SMARTPHONE')).toMatchObject({ value: 70.91, target: 85, status: 'at_risk', gap: -14.09, projected: 70.91 });
      expect(row('CT_HO_INTERNET_CAP_QUANG')).toMatchObject({ value: 71.75, target: 75, status: 'at_risk', gap: -3.25 });
      expect(row('CT_DVCTT_CO_HS')).toMatchObject({ value: 45.78, target: 80, status: 'at_risk', gap: -34.22 });
      expect(status.summary.text).toBe('2/5 chỉ tiêu đạt và vượt kế hoạch');
      expect(status.reported).toBeNull();
      // The same figures through the one analytics query, on VN for 2022S1.
      const [smartphone] = await indicatorAt(ctx.store, {
        indicator: 'CT_TRUONG_THANH_SMARTPHONE',
        unit: 'VN',
        period: '2022S1',
        view: 'was',
        breakdown: 'none',
      });
      expect(smartphone).toMatchObject({ value: 70.91, coverage: { reported: 1, expected: 1 } });
    });

    it('Ninh Thuận 2023: "8/19" as reported beside 2/2 of the targets known, never invented targets', async () => {
      const status = await planStatus(ctx.store, { plan: 'NT_KH_CDS_2023', asOf: '2023-06-30', today: '2026-01-15' }, DEMO_ACTOR);
      expect(status.targets).toHaveLength(2);
      expect(status.summary).toMatchObject({ total: 2, metOrExceeded: 2 });
      expect(status.reported).toMatchObject({ met: 8, total: 19, period: '2023S1' });
      expect(status.reported?.evidence).toBeTruthy();
      // Before the half began nothing was reported yet.
      const early = await planStatus(ctx.store, { plan: 'NT_KH_CDS_2023', asOf: '2022-12-31', today: '2026-01-15' }, DEMO_ACTOR);
      expect(early.reported).toBeNull();
    });

    it("a value's status is its form's workflow state: approved for the demo's approved forms, per version through a reopen", async () => {
      const key = { dataElement: 'SO_NGANH_QR_TTHC', unit: '67', period: '2022S2' };
      const before = await valueHistory(ctx.store, key, DEMO_ACTOR);
      expect(before.versions.map((v) => v.status)).toEqual(['approved']);
      const ref = { dataset: 'BC_CDS_TINH_6T', unit: '67', period: '2022S2' };
      expect((await readForm(ctx.store, ref, DEMO_ACTOR)).elements.find((e) => e.code === 'SO_NGANH_QR_TTHC')?.status).toBe('approved');
      // Reopened and corrected: the old version stays "approved" (what it was when replaced), the new one is the form's state now.
      const later = new Date('2026-01-10T09:00:00+07:00');
      await transitionSubmission(ctx.store, ref, 'reopen', { actor: DEMO_ACTOR, reason: 'Kiểm tra lại', now: later });
      await recordValues(ctx.store, [{ ...key, value: 18 }], { actor: DEMO_ACTOR, source: 'api', now: new Date(later.getTime() + 60_000) });
      const after = await valueHistory(ctx.store, key, DEMO_ACTOR);
      expect(after.versions.map((v) => [v.value, v.status])).toEqual([
        [17, 'approved'],
        [18, 'returned'],
      ]);
    });

    it('figures worked back from the text are stored derived, with how; reported ones are not', async () => {
      const rank2021 = await valueHistory(ctx.store, { dataElement: 'DTI_XEP_HANG', unit: '58', period: '2021' }, DEMO_ACTOR);
      expect(rank2021.versions).toMatchObject([{ value: 53, derived: true, comment: expect.stringMatching(/^Suy ra: .*26 bậc/) }]);
      const rank2022 = await valueHistory(ctx.store, { dataElement: 'DTI_XEP_HANG', unit: '58', period: '2022' }, DEMO_ACTOR);
      expect(rank2022.versions).toMatchObject([{ value: 27, derived: false }]);
    });

    it('Đắk Nông in August and in November 2022 on their own halves; year to date on its month', async () => {
      const dvc = async (period: string) =>
        (await valueHistory(ctx.store, { dataElement: 'DVC_MUC3', unit: '67', period }, DEMO_ACTOR)).versions.map((v) => v.value);
      expect(await dvc('2022S1')).toEqual([516]);
      expect(await dvc('2022S2')).toEqual([423]);
      const revenue = await valueHistory(ctx.store, { dataElement: 'DOANH_THU_CNTT', unit: '67', period: '202209' }, DEMO_ACTOR);
      expect(revenue.versions).toMatchObject([{ value: 1607294 }]);
    });

    it('a database built by an older demo version is refused whole, saying what to do', async () => {
      await setMeta(ctx.store.db, 'demo.version', '1');
      await expect(ensureDemoData(ctx.store)).rejects.toThrow(/phiên bản 1.*xóa/);
    });
  },
  { demo: true },
);
