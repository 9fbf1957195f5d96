import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { indicatorAt } from '../helpers/analytics.ts';

describeEachDialect(
  'compute on the demo data',
  (ctx) => {
    beforeAll(async () => {
      await ensureDemoData(ctx.store);
      await recomputeAll(ctx.store, { today: '2026-01-15' });
    }, 240_000);

    it('Đắk Nông 2022S2: 71/71 communes with fibre → 100%, coverage 71/71; the same figure inside Lâm Đồng now', async () => {
      const [row] = await indicatorAt(ctx.store, { indicator: 'CT_XA_CAP_QUANG', unit: '67', period: '2022S2', view: 'was', breakdown: 'none' });
      expect(row).toMatchObject({ numerator: 71, denominator: 71, value: 100, coverage: { reported: 71, expected: 71 } });
      const [now] = await indicatorAt(ctx.store, { indicator: 'CT_XA_CAP_QUANG', unit: '68', period: '2022S2', view: 'now', breakdown: 'none' });
      expect(now).toMatchObject({ numerator: 71, denominator: 71, value: 100 });
      expect(now!.coverage.reported).toBe(71);
      expect(now!.coverage.expected).toBeGreaterThan(71);
    });

    it('coverage follows the forms: a count the province reports itself expects the province, not its communes', async () => {
      // SO_NGANH_QR_TTHC is collected by the province report (units 67, 06, 58, 68, 19, 56), not by communes.
      const [row] = await indicatorAt(ctx.store, { indicator: 'CT_SO_NGANH_QR', unit: '67', period: '2022S2', view: 'was', breakdown: 'none' });
      expect(row).toMatchObject({ numerator: 17, denominator: 19, coverage: { reported: 1, expected: 1 } });
      // On today's tree Lâm Đồng holds two of the reporting provinces of 2022 (Đắk Nông 67 and the old Lâm Đồng 68).
      const [now] = await indicatorAt(ctx.store, { indicator: 'CT_SO_NGANH_QR', unit: '68', period: '2022S2', view: 'now', breakdown: 'none' });
      expect(now!.coverage.expected).toBe(2);
      // A commune count, collected by the commune form (every commune under 67 and 68), expects Đắk Nông's 71 communes.
      const [communes] = await indicatorAt(ctx.store, { indicator: 'CT_XA_CAP_QUANG', unit: '67', period: '2022S2', view: 'was', breakdown: 'none' });
      expect(communes!.coverage.expected).toBe(71);
    });
  },
  { demo: true },
);
