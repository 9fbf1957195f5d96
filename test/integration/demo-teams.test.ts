/**
 * The demo's community tech teams (app/demo/seed-teams.ts): Ninh Thuận's figures of 30/6/2023 from the article —
 * 65 commune teams with 840 members, 446 village teams with 2,439 members — come out of the analytics query at '58'
 * for 2023S1, computed from the registry's records (source registry), every team simulated; the seeding is
 * idempotent and the drill-down lists the teams, never members.
 */
import { expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { ensureDemoTeams } from '../../src/app/demo/seed-teams.ts';
import { indicatorAt } from '../helpers/analytics.ts';
import { registryRecords } from '../../src/app/registries/registry-records.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';

describeEachDialect(
  'demo: community tech teams of Ninh Thuận, computed',
  (ctx) => {
    it('gives 65 / 840 / 446 / 2.439 at 58 for 2023S1 through the analytics query', async () => {
      const at = async (element: string) =>
        (await indicatorAt(ctx.store, { indicator: `CT_${element}`, unit: '58', period: '2023S1', view: 'was', breakdown: 'none' }))[0]?.value ?? null;
      expect(await at('TCNS_XA_SO_TO')).toBe(65);
      expect(await at('TCNS_XA_THANH_VIEN')).toBe(840);
      expect(await at('TCNS_THON_SO_TO')).toBe(446);
      expect(await at('TCNS_THON_THANH_VIEN')).toBe(2439);
      expect(await at('TCNS_XA_CO_TO')).toBe(65);
      expect(await at('TCNS_HOAT_DONG')).toBe(65);

      const teams = await ctx.store.db.selectFrom('communityTeams').select(['simulated', 'decisionDate']).execute();
      expect(teams).toHaveLength(65 + 446);
      expect(teams.every((t) => t.simulated === 1 && t.decisionDate < '2023-06-30')).toBe(true);
      const sources = await ctx.store.db
        .selectFrom('dataValues')
        .innerJoin('dataElements', 'dataElements.id', 'dataValues.elementId')
        .select(['dataValues.source'])
        .where('dataElements.code', 'like', 'TCNS_%')
        .distinct()
        .execute();
      expect(sources.map((s) => s.source)).toEqual(['registry']);

      expect(await ensureDemoTeams(ctx.store)).toEqual([]);
      expect(
        await ctx.store.db
          .selectFrom('communityTeams')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst(),
      ).toEqual({ n: expect.anything() });
      expect(
        Number(
          (
            await ctx.store.db
              .selectFrom('communityTeams')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(511);

      const records = await registryRecords(ctx.store, CLI_ACTOR, { element: 'TCNS_XA_THANH_VIEN', unit: '58', period: '2023S1', limit: 100 });
      expect(records.total).toBe(65);
      expect(records.items.reduce((a, r) => a + r.counts, 0)).toBe(65 === records.items.length ? 840 : -1);
      expect(JSON.stringify(records)).not.toMatch(/Thành viên mô phỏng|0900\d{6}/);
    });
  },
  { demo: true },
);
