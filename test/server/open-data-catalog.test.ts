/**
 * Every distribution the public catalogue lists answers (issue 12): each dataset's JSON and CSV links, followed
 * anonymously, give 200 with the media type they announce — an indicator without a plan target included (its
 * spatial coverage is the country, not an empty list whose link lacked a unit).
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

describeEachDialect('public catalogue: every download link answers', (ctx) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    await ensureDemoData(ctx.store);
    app = buildApp({ store: ctx.store, today: () => '2025-08-15', openData: { rateLimit: { max: 10_000, timeWindowMs: 60_000 } } });
    await app.ready();
  }, 300_000);
  afterAll(async () => app?.close());

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
});
