/**
 * The daily digest over the demo (issue 13, "done when": overdue tasks and products appear in the digest): an
 * administrator's digest on a fixed day lists the overdue tasks and the overdue DX products, with their counts,
 * in the text and the HTML; a province the reform abolished still answers for its units; a reporter of another province sees none of Ninh Thuận's products.
 */
import { expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { buildDigest } from '../../src/app/notifications/digest.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { listOverdueProducts } from '../../src/app/products/overdue.ts';

const DAY = '2026-01-15';

describeEachDialect(
  'the daily digest on the demo',
  (ctx) => {
    it('lists the overdue tasks and the overdue DX products of the units the reader sees', async () => {
      const digest = await buildDigest(ctx.store, CLI_ACTOR, DAY);
      const byKey = new Map(digest.sections.map((s) => [s.key, s]));
      const products = byKey.get('products_overdue')!;
      const overdue = await listOverdueProducts(ctx.store, CLI_ACTOR, { today: DAY });
      expect(overdue.length).toBeGreaterThan(0);
      expect(products.count).toBe(overdue.length);
      expect(products.items[0]!.link).toBe(`/products/${overdue[0]!.id}`);
      expect(byKey.get('tasks_overdue')!.count).toBeGreaterThan(0);
      expect(digest.text).toContain(`Sản phẩm chuyển đổi số quá hạn: ${overdue.length}`);
      expect(digest.text).toContain(overdue[0]!.name);
      expect(digest.html).toContain('Nhiệm vụ quá hạn');
      expect(digest.total).toBe(digest.sections.reduce((n, s) => n + s.count, 0));
    });

    it('answers for a province the reform abolished through the tree of its last day (Ninh Thuận, Đắk Nông: 30/6/2025)', async () => {
      const all = await listOverdueProducts(ctx.store, CLI_ACTOR, { today: DAY });
      const ninhThuan = await listOverdueProducts(ctx.store, CLI_ACTOR, { unit: '58', today: DAY });
      const dakNong = await listOverdueProducts(ctx.store, CLI_ACTOR, { unit: '67', today: DAY });
      expect(ninhThuan.length).toBeGreaterThan(0);
      expect(dakNong.length).toBeGreaterThan(0);
      // The demo's products are Ninh Thuận's and a few of Đắk Nông's: the two lists split the whole one.
      expect([...ninhThuan, ...dakNong].map((p) => p.id).sort((a, b) => a - b)).toEqual(all.map((p) => p.id).sort((a, b) => a - b));
      expect(ninhThuan.every((p) => p.daysOverdue > 0)).toBe(true);
      await expect(listOverdueProducts(ctx.store, CLI_ACTOR, { unit: 'NOPE', today: DAY })).rejects.toThrow(/NOPE/);
    });

    it('shows a reporter of another province none of Ninh Thuận’s products', async () => {
      const reporter = { kind: 'user' as const, name: 'bc_hn', role: 'reporter' as const, unitScopes: ['01'] };
      const digest = await buildDigest(ctx.store, reporter, DAY);
      const products = digest.sections.find((s) => s.key === 'products_overdue')!;
      expect(products.count).toBe(0);
    });
  },
  { demo: true },
);
