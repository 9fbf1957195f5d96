/**
 * The public answers over the demo. Every distribution the catalogue lists answers: each dataset's JSON and CSV
 * links, followed anonymously, give 200 with the media type they announce — an indicator without a plan target
 * included (its spatial coverage is the country, not an empty list whose link lacked a unit).
 * The public ranking counts "among how many" as the unit pages do (issue 12): the imported DTI 2022 table lists
 * only a few provinces, yet it ranked them among all 63, so the JSON's `rankedAmong` and the CSV's "Số đơn vị xếp
 * hạng" read 63 (not the rows the run holds), with Ninh Thuận (58) 27th, up 26 places — "xếp thứ 27/63, tăng 26 bậc".
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { describeEachDialect } from '../helpers/stores.ts';

interface Dataset {
  identifier: string;
  spatial: string[];
  distributions: { mediaType: string; downloadURL: string }[];
}

describeEachDialect(
  'public answers: every catalogue link, and the ranking among every province of the imported table',
  (ctx) => {
    let app: FastifyInstance;

    beforeAll(async () => {
      await ensureDemoData(ctx.store);
      app = buildApp({ store: ctx.store, today: () => '2025-08-15', openData: { rateLimit: { max: 10_000, timeWindowMs: 60_000 } } });
      await app.ready();
    });
    afterAll(async () => app?.close());

    it('answers 63 in the JSON, and Ninh Thuận 27th, up 26', async () => {
      const answer = await app.inject('/api/v1/public/rankings/DTI_TINH/2022/2022');
      expect(answer.statusCode).toBe(200);
      const province = (
        answer.json().runs as Array<{ level: string; rankedAmong: number; results: Array<{ unitCode: string; rank: number; rankChange: number }> }>
      ).find((run) => run.level === 'province');
      expect(province?.rankedAmong).toBe(63);
      expect(province?.results.find((r) => r.unitCode === '58')).toMatchObject({ rank: 27, rankChange: 26 });
    });

    it('writes 63 as "Số đơn vị xếp hạng" in the CSV', async () => {
      const csv = await app.inject('/api/v1/public/rankings/DTI_TINH/2022/2022.csv');
      expect(csv.statusCode).toBe(200);
      const lines = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
      const header = lines[0]!.split(',');
      const row = lines.find((line) => line.includes(',58,'))!.split(',');
      expect(row[header.indexOf('Xếp hạng')]).toBe('27');
      expect(row[header.indexOf('Số đơn vị xếp hạng')]).toBe('63');
      expect(row[header.indexOf('Thay đổi hạng')]).toBe('26');
    });

    it('answers 200 with the announced media type for each distribution of each dataset', async () => {
      const catalog = await app.inject('/api/v1/public/catalog');
      expect(catalog.statusCode).toBe(200);
      const datasets = catalog.json().datasets as Dataset[];
      expect(datasets.length).toBeGreaterThan(10);
      const failures: string[] = [];
      for (const dataset of datasets) {
        if (dataset.spatial.length === 0 && dataset.identifier.startsWith('indicator:')) failures.push(`${dataset.identifier}: no spatial coverage`);
        for (const distribution of dataset.distributions) {
          const url = new URL(distribution.downloadURL, 'http://localhost');
          const answer = await app.inject(url.pathname + url.search);
          if (answer.statusCode !== 200 || !String(answer.headers['content-type']).startsWith(distribution.mediaType))
            failures.push(`${dataset.identifier} ${url.pathname}${url.search}: ${answer.statusCode} ${answer.headers['content-type']}`);
        }
      }
      expect(failures).toEqual([]);
    });
  },
  { demo: true },
);
